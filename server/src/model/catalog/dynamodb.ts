// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const DYNAMODB: CatalogKind[] = [
  {
    kind: 'aws.dynamodb.table',
    terraform: ['aws_dynamodb_table'],
    /**
     * A GlobalTable keeps point-in-time recovery, its KMS key and deletion protection per replica (the
     * table-level paths below are then absent): rules read `replicas` for it.
     */
    cloudformation: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
    attrs: {
      pointInTimeRecovery: {
        type: 'bool',
        terraform: ['point_in_time_recovery', 'enabled'],
        cloudformation: ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'],
        default: false,
      },
      /** True means a KMS key (AWS managed or customer managed) instead of the AWS owned key. */
      sseEnabled: { type: 'bool', terraform: ['server_side_encryption', 'enabled'], cloudformation: ['SSESpecification', 'SSEEnabled'], default: false },
      kmsKeyArn: { type: 'string', terraform: ['server_side_encryption', 'kms_key_arn'], cloudformation: ['SSESpecification', 'KMSMasterKeyId'] },
      deletionProtection: { type: 'bool', terraform: ['deletion_protection_enabled'], cloudformation: ['DeletionProtectionEnabled'], default: false },
    },
    lists: {
      /** Terraform `replica` blocks (global tables, version 2019.11.21); CloudFormation GlobalTable `Replicas`. */
      replicas: {
        terraform: ['replica'],
        cloudformation: ['Replicas'],
        attrs: {
          region: { type: 'string', terraform: ['region_name'], cloudformation: ['Region'] },
          /** Off by default for each replica, whatever the table's own setting. */
          pointInTimeRecovery: {
            type: 'bool',
            terraform: ['point_in_time_recovery'],
            cloudformation: ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'],
            default: false,
          },
          /** Absent: the replica uses the AWS managed key `aws/dynamodb` (when the table uses KMS at all). */
          kmsKeyArn: { type: 'string', terraform: ['kms_key_arn'], cloudformation: ['SSESpecification', 'KMSMasterKeyId'] },
          deletionProtection: { type: 'bool', terraform: null, cloudformation: ['DeletionProtectionEnabled'], default: false },
        },
      },
    },
  },
  {
    kind: 'aws.dynamodb.daxCluster',
    terraform: ['aws_dax_cluster'],
    cloudformation: ['AWS::DAX::Cluster'],
    attrs: {
      sseEnabled: { type: 'bool', terraform: ['server_side_encryption', 'enabled'], cloudformation: ['SSESpecification', 'SSEEnabled'], default: false },
      endpointEncryption: { type: 'string', terraform: ['cluster_endpoint_encryption_type'], cloudformation: ['ClusterEndpointEncryptionType'], default: 'NONE' },
    },
  },
];
