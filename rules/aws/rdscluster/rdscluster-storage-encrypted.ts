// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, Unknown } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.rds.cluster',
  meta: {
    id: 'AWS-RDSCLUSTER-001',
    name: 'rdscluster-storage-encrypted',
    title: 'RDS and Aurora DB clusters are encrypted at rest',
    severity: 'high',
    description:
      'RDS DB clusters (Aurora and Multi-AZ DB clusters) state `storage_encrypted = true` (CloudFormation `StorageEncrypted: true`). Aurora Serverless v1 clusters (`engine_mode = "serverless"` / `EngineMode: serverless`) are always encrypted and are not flagged.',
    rationale:
      'The cluster volume holds the database, its automated backups and snapshots. Encrypting it protects all of them and ties access to a KMS key. Instances in a cluster take their encryption from the cluster, so the cluster is where it has to be set.',
    remediation:
      'Terraform: set `storage_encrypted = true` on the `aws_rds_cluster` (optionally `kms_key_id`). CloudFormation: set `StorageEncrypted: true` (optionally `KmsKeyId`). An existing cluster cannot be encrypted in place: restore an encrypted copy of a snapshot into a new cluster.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html'],
    ...byConcept('encryption-at-rest', { cis: { 'cis-aws-5.0.0': ['2.2.1'], 'cis-aws-3.0.0': ['2.3.1'], 'cis-aws-1.4.0': ['2.3.1'] } }),
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    resourceTypes: { terraform: ['aws_rds_cluster'], cloudformation: ['AWS::RDS::DBCluster'] },
    aliases: { checkov: ['CKV_AWS_96'], trivy: ['AVD-AWS-0079'], tfsec: ['aws-rds-encrypt-cluster-storage-data'], cfn_nag: ['F26'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const a = r.attrs.storageEncrypted;
    // Aurora Serverless v1 clusters are always encrypted, whatever storage_encrypted says.
    const mode = r.attrs.engineMode;
    if (mode.value === 'serverless') return;
    if (mode.value instanceof Unknown && !(a.value === true)) {
      ctx.cannotVerify(mode, mode.value, 'whether the cluster is Aurora Serverless v1 (always encrypted)');
      return;
    }
    requireValue(ctx, a, true, 'whether the cluster storage is encrypted', a.present ? 'Storage encryption is turned off for this DB cluster.' : 'The DB cluster does not encrypt its storage (it is off by default).', {
      id: 'encrypt',
      title: 'Encrypt the cluster storage (replaces the cluster)',
      safety: 'unsafe',
    });
  },
});
