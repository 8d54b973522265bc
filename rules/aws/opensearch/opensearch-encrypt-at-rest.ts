// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.opensearch.domain',
  meta: {
    id: 'AWS-OPENSEARCH-001',
    name: 'opensearch-encrypt-at-rest',
    title: 'OpenSearch domains are encrypted at rest',
    severity: 'high',
    description:
      'OpenSearch Service (and legacy Elasticsearch) domains enable encryption at rest for indices, logs, swap and automated snapshots.',
    rationale:
      'Search domains frequently index application logs and documents with personal data. Encryption at rest protects the data volumes and snapshots and ties access to a KMS key whose use is logged.',
    remediation:
      'Terraform: add `encrypt_at_rest { enabled = true }` to the `aws_opensearch_domain` / `aws_elasticsearch_domain`. CloudFormation: set `EncryptionAtRestOptions.Enabled: true`. Older engine versions cannot enable it in place; the domain may have to be recreated and its data reindexed.',
    links: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html'],
    ...byConcept('encryption-at-rest'),
    levels: {},
    resourceTypes: { terraform: ['aws_opensearch_domain', 'aws_elasticsearch_domain'], cloudformation: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'] },
    aliases: { checkov: ['CKV_AWS_5'], trivy: ['AVD-AWS-0048'], tfsec: ['aws-elastic-search-enable-domain-encryption'], cfn_nag: ['W54'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const a = r.attrs.encryptAtRest;
    requireValue(ctx, a, true, 'whether the domain is encrypted at rest', a.present ? 'Encryption at rest is turned off for this domain.' : 'The domain does not enable encryption at rest (it is off by default).', {
      id: 'encrypt',
      title: 'Enable encryption at rest (may require recreating the domain)',
      safety: 'unsafe',
    });
  },
});
