// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const BACKUP = [
  {
    kind: 'aws.backup.vault',
    terraform: ['aws_backup_vault'],
    cloudformation: ['AWS::Backup::BackupVault'],
    attrs: {
      kmsKeyArn: { type: 'string', terraform: ['kms_key_arn'], cloudformation: ['EncryptionKeyArn'] },
      name: { type: 'string', terraform: ['name'], cloudformation: ['BackupVaultName'] },
      /** CloudFormation only: Terraform configures the lock with aws_backup_vault_lock_configuration. */
      lockMinRetentionDays: { type: 'any', terraform: null, cloudformation: ['LockConfiguration', 'MinRetentionDays'] },
    },
  },
  {
    /** Terraform: a vault lock, a separate resource naming its vault. */
    kind: 'aws.backup.vaultLock',
    terraform: ['aws_backup_vault_lock_configuration'],
    cloudformation: [],
    attrs: {
      vaultName: { type: 'any', terraform: ['backup_vault_name'], cloudformation: null },
    },
  },
  {
    kind: 'aws.backup.plan',
    terraform: ['aws_backup_plan'],
    cloudformation: ['AWS::Backup::BackupPlan'],
    attrs: {},
    lists: {
      rules: {
        terraform: ['rule'],
        cloudformation: ['BackupPlan', 'BackupPlanRule'],
        attrs: {
          name: { type: 'string', terraform: ['rule_name'], cloudformation: ['RuleName'] },
          /** Absent: recovery points are kept until deleted by hand. */
          deleteAfterDays: { type: 'number', terraform: ['lifecycle', 'delete_after'], cloudformation: ['Lifecycle', 'DeleteAfterDays'] },
        },
      },
    },
  },
] as const satisfies readonly CatalogKind[];
