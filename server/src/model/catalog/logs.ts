// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const LOGS = [
  {
    kind: 'aws.logs.logGroup',
    terraform: ['aws_cloudwatch_log_group'],
    cloudformation: ['AWS::Logs::LogGroup'],
    attrs: {
      kmsKeyId: { type: 'string', terraform: ['kms_key_id'], cloudformation: ['KmsKeyId'] },
      /** Absent (or 0 in Terraform) keeps events forever. */
      retentionInDays: { type: 'number', terraform: ['retention_in_days'], cloudformation: ['RetentionInDays'] },
    },
  },
] as const satisfies readonly CatalogKind[];
