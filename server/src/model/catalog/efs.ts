// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const EFS = [
  {
    kind: 'aws.efs.fileSystem',
    terraform: ['aws_efs_file_system'],
    cloudformation: ['AWS::EFS::FileSystem'],
    attrs: {
      encrypted: { type: 'bool', terraform: ['encrypted'], cloudformation: ['Encrypted'], default: false },
      kmsKeyId: { type: 'string', terraform: ['kms_key_id'], cloudformation: ['KmsKeyId'] },
      /** CloudFormation only: Terraform configures automatic backups with aws_efs_backup_policy. */
      backupPolicyStatus: { type: 'string', terraform: null, cloudformation: ['BackupPolicy', 'Status'] },
    },
  },
  {
    /** Terraform: the automatic backup setting of a file system, a separate resource. */
    kind: 'aws.efs.backupPolicy',
    terraform: ['aws_efs_backup_policy'],
    cloudformation: [],
    attrs: {
      fileSystemId: { type: 'any', terraform: ['file_system_id'], cloudformation: null },
      status: { type: 'string', terraform: ['backup_policy', 'status'], cloudformation: null },
    },
  },
] as const satisfies readonly CatalogKind[];
