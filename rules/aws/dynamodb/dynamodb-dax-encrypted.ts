// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.dynamodb.daxCluster',
  meta: {
    id: 'AWS-DYNAMODB-004',
    name: 'dynamodb-dax-encrypted',
    title: 'DynamoDB Accelerator (DAX) clusters are encrypted at rest',
    severity: 'medium',
    description:
      'DAX clusters enable server-side encryption, so cached items, configuration and logs on the cluster nodes are encrypted at rest.',
    rationale:
      'A DAX cluster holds copies of DynamoDB items in front of the table. Encrypting the table but not its cache leaves the same data unprotected on the cache nodes\' storage. It can only be chosen when the cluster is created.',
    remediation:
      'Terraform: add `server_side_encryption { enabled = true }` to the `aws_dax_cluster`. CloudFormation: set `SSESpecification.SSEEnabled: true` on the `AWS::DAX::Cluster`. Changing it replaces the cluster; the cache warms up again afterwards.',
    links: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html'],
    ...byConcept('encryption-at-rest'),
    levels: {},
    resourceTypes: { terraform: ['aws_dax_cluster'], cloudformation: ['AWS::DAX::Cluster'] },
    aliases: { checkov: ['CKV_AWS_47'], trivy: ['AVD-AWS-0023'], tfsec: ['aws-dynamodb-enable-at-rest-encryption'], cfn_nag: ['W83'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const a = r.attrs.sseEnabled;
    requireValue(ctx, a, true, 'whether the DAX cluster is encrypted at rest', a.present ? 'Encryption at rest is turned off for this DAX cluster.' : 'The DAX cluster does not enable encryption at rest (it is off by default).', {
      id: 'encrypt',
      title: 'Encrypt the DAX cluster at rest (replaces it)',
      safety: 'unsafe',
    });
  },
});
