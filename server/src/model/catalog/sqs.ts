// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const SQS = [
  {
    kind: 'aws.sqs.queue',
    terraform: ['aws_sqs_queue'],
    cloudformation: ['AWS::SQS::Queue'],
    attrs: {
      kmsMasterKeyId: { type: 'string', terraform: ['kms_master_key_id'], cloudformation: ['KmsMasterKeyId'] },
      /** SSE-SQS: on by default for queues created since October 2022 (AWS API default). */
      sqsManagedSse: { type: 'bool', terraform: ['sqs_managed_sse_enabled'], cloudformation: ['SqsManagedSseEnabled'], default: true },
    },
  },
] as const satisfies readonly CatalogKind[];
