// SPDX-License-Identifier: Apache-2.0
import { defineRule, written } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineRule({
  target: 'rdsInstances',
  meta: {
    id: 'AWS-RDS-001',
    name: 'rds-storage-encrypted',
    title: 'RDS instance storage is encrypted',
    severity: 'high',
    description: 'RDS DB instances encrypt their storage, automated backups, read replicas and snapshots at rest.',
    rationale:
      'Encryption at rest protects database contents on disk, in backups and in snapshots that might be shared or copied. It can only be chosen at creation: an unencrypted instance has to be migrated, so it is cheapest to get right in the code.',
    remediation:
      'Set `storage_encrypted = true` (Terraform) or `StorageEncrypted: true` (CloudFormation), optionally with a customer-managed `kms_key_id`. Changing it on an existing instance replaces the instance: plan a snapshot-and-restore migration.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html'],
    frameworks: {
      'cis-aws-5.0.0': ['2.2.1'],
      'cis-aws-3.0.0': ['2.3.1'],
      'cis-aws-1.4.0': ['2.3.1'],
      'soc2-2017': ['CC6.1', 'CC6.2', 'PI1.5'],
      'nist-800-53-r5': ['SC-13', 'SC-28', 'CP-9'],
      'nist-csf-2.0': ['PR.DS-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    resourceTypes: { terraform: ['aws_db_instance'], cloudformation: ['AWS::RDS::DBInstance'] },
    aliases: { checkov: ['CKV_AWS_16'], trivy: ['AVD-AWS-0080'], tfsec: ['aws-rds-encrypt-instance-storage-data'], cfn_nag: ['F26'], guard: ['RDS_STORAGE_ENCRYPTED'] },
    fix: 'unsafe',
  },
  check(db, ctx) {
    // Aurora members inherit encryption from their cluster; that is checked on the cluster.
    const cluster = db.clusterIdentifier;
    if (cluster.present && !(typeof cluster.value === 'string' && cluster.value === '')) return;
    requireValue(ctx, db.storageEncrypted, true, 'whether the instance storage is encrypted',
      db.storageEncrypted.present ? 'The instance\'s storage is not encrypted.' : `The instance's storage is not encrypted (${written(db, 'storage_encrypted', 'StorageEncrypted')} defaults to false).`,
      { id: 'enable', title: 'Encrypt the instance storage (replaces the instance)', safety: 'unsafe' });
  },
});
