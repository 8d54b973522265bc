// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.redshift.cluster',
  meta: {
    id: 'AWS-REDSHIFT-001',
    name: 'redshift-cluster-encrypted',
    title: 'Redshift clusters are encrypted at rest',
    severity: 'high',
    description:
      'Redshift provisioned clusters state `encrypted = true` (CloudFormation `Encrypted: true`), so their data blocks, snapshots and backups are encrypted at rest.',
    rationale:
      'A data warehouse concentrates data copied from many systems, often the most sensitive reporting data of the organisation. Encrypting it at rest protects the storage, snapshots and copies, and ties access to a KMS key. The default changed between API and provider versions, so the setting is required to be written rather than assumed.',
    remediation:
      'Terraform: set `encrypted = true` on the `aws_redshift_cluster` (optionally `kms_key_id`). CloudFormation: set `Encrypted: true` (optionally `KmsKeyId`). Encrypting an existing cluster migrates its data, which takes time and may make it read-only meanwhile.',
    links: ['https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html'],
    ...byConcept('encryption-at-rest'),
    levels: {},
    resourceTypes: { terraform: ['aws_redshift_cluster'], cloudformation: ['AWS::Redshift::Cluster'] },
    aliases: { checkov: ['CKV_AWS_64'], trivy: ['AVD-AWS-0084'], tfsec: ['aws-redshift-encryption-customer-key'], cfn_nag: ['F28'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const a = r.attrs.encrypted;
    requireValue(ctx, a, true, 'whether the cluster is encrypted at rest', a.present ? 'Encryption at rest is turned off for this cluster.' : 'The cluster does not set encryption at rest; older API and provider versions leave it off.', {
      id: 'encrypt',
      title: 'Encrypt the cluster (migrates its data)',
      safety: 'unsafe',
    });
  },
});
