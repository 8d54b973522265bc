// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const SNS = [
  {
    kind: 'aws.sns.topic',
    terraform: ['aws_sns_topic'],
    cloudformation: ['AWS::SNS::Topic'],
    attrs: {
      kmsMasterKeyId: { type: 'string', terraform: ['kms_master_key_id'], cloudformation: ['KmsMasterKeyId'] },
    },
  },
  {
    kind: 'aws.sns.subscription',
    terraform: ['aws_sns_topic_subscription'],
    cloudformation: ['AWS::SNS::Subscription'],
    attrs: {
      protocol: { type: 'string', terraform: ['protocol'], cloudformation: ['Protocol'] },
      endpoint: { type: 'string', terraform: ['endpoint'], cloudformation: ['Endpoint'] },
    },
  },
] as const satisfies readonly CatalogKind[];
