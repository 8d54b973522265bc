// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireKmsKey } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.backup.vault',
  meta: {
    id: 'AWS-BACKUP-001',
    name: 'backup-vault-kms-key',
    title: 'Backup vaults are encrypted with a customer-managed KMS key',
    severity: 'medium',
    description:
      'AWS Backup vaults encrypt recovery points with a customer-managed KMS key rather than the AWS managed `aws/backup` key.',
    rationale:
      'A backup vault holds copies of many data stores at once, so it is worth protecting separately from the sources. A customer-managed key lets a key policy limit who can restore or copy recovery points, allows cross-account backup copies, and makes every use of the key visible in CloudTrail.',
    remediation:
      'Terraform: set `kms_key_arn` on the `aws_backup_vault`. CloudFormation: set `EncryptionKeyArn` on the `AWS::Backup::BackupVault`. The key cannot be changed on an existing vault: create a new vault and point the backup plans at it. The quick fix adds a variable / parameter for the key ARN.',
    links: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html'],
    ...byConcept('encryption-at-rest-customer-key'),
    levels: {},
    resourceTypes: { terraform: ['aws_backup_vault'], cloudformation: ['AWS::Backup::BackupVault'] },
    aliases: { checkov: ['CKV_AWS_166'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    requireKmsKey(ctx, r.platform, r.attrs.kmsKeyArn, {
      what: 'whether the vault is encrypted with a customer-managed KMS key',
      awsManaged: 'The vault names an AWS managed key, not a customer-managed KMS key.',
      empty: 'The vault\'s KMS key is empty, so it uses the AWS managed key.',
      missing: 'The vault uses the AWS managed key, not a customer-managed KMS key.',
      placeholder: { terraform: 'backup_vault_kms_key_arn', cloudformation: 'BackupVaultKmsKeyArn', description: 'ARN of the customer-managed KMS key that encrypts the backup vault' },
    });
  },
});
