// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const RDSCLUSTER = [
  {
    kind: 'aws.rds.cluster',
    terraform: ['aws_rds_cluster'],
    cloudformation: ['AWS::RDS::DBCluster'],
    attrs: {
      storageEncrypted: { type: 'bool', terraform: ['storage_encrypted'], cloudformation: ['StorageEncrypted'], default: false },
      deletionProtection: { type: 'bool', terraform: ['deletion_protection'], cloudformation: ['DeletionProtection'], default: false },
      backupRetentionPeriod: { type: 'number', terraform: ['backup_retention_period'], cloudformation: ['BackupRetentionPeriod'], default: 1 },
      iamAuth: { type: 'bool', terraform: ['iam_database_authentication_enabled'], cloudformation: ['EnableIAMDatabaseAuthentication'], default: false },
      logExports: { type: 'any', terraform: ['enabled_cloudwatch_logs_exports'], cloudformation: ['EnableCloudwatchLogsExports'] },
      engine: { type: 'string', terraform: ['engine'], cloudformation: ['Engine'] },
      /** `serverless` is Aurora Serverless v1 (always encrypted); v2 clusters are `provisioned`. */
      engineMode: { type: 'string', terraform: ['engine_mode'], cloudformation: ['EngineMode'], default: 'provisioned', readOnly: true },
    },
  },
] as const satisfies readonly CatalogKind[];
