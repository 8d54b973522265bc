// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.opensearch.domain',
  meta: {
    id: 'AWS-OPENSEARCH-002',
    name: 'opensearch-node-to-node-encryption',
    title: 'OpenSearch domains encrypt traffic between nodes',
    severity: 'medium',
    description:
      'OpenSearch Service (and legacy Elasticsearch) domains enable node-to-node encryption, so traffic inside the cluster uses TLS.',
    rationale:
      'Shard replication and search requests between data nodes carry the full contents of the indices. Node-to-node encryption keeps them from being read or altered by anything that can observe traffic in the VPC, and it is a prerequisite for fine-grained access control.',
    remediation:
      'Terraform: add `node_to_node_encryption { enabled = true }`. CloudFormation: set `NodeToNodeEncryptionOptions.Enabled: true`. It cannot be turned off again, and older engine versions need a new domain.',
    links: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html'],
    ...byConcept('encryption-in-transit'),
    levels: {},
    resourceTypes: { terraform: ['aws_opensearch_domain', 'aws_elasticsearch_domain'], cloudformation: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'] },
    aliases: { checkov: ['CKV_AWS_6'], trivy: ['AVD-AWS-0043'], tfsec: ['aws-elastic-search-enable-in-transit-encryption'], cfn_nag: ['W85'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const a = r.attrs.nodeToNodeEncryption;
    requireValue(ctx, a, true, 'whether node-to-node encryption is enabled', a.present ? 'Node-to-node encryption is turned off for this domain.' : 'The domain does not enable node-to-node encryption (it is off by default).', {
      id: 'enable',
      title: 'Enable node-to-node encryption (cannot be turned off again)',
      safety: 'unsafe',
    });
  },
});
