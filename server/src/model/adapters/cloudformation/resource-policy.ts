// SPDX-License-Identifier: Apache-2.0
// SQS queue and SNS topic policies in CloudFormation: AWS::SQS::QueuePolicy and AWS::SNS::TopicPolicy.

import type { ResourcePolicy, ResourcePolicyService } from '../../aws/resource-policy';
import { policyDocumentAttr } from './policy';
import { ResourceReader } from './read';
import type { CfnContext } from './read';

const TYPES: [string, ResourcePolicyService][] = [
  ['AWS::SQS::QueuePolicy', 'sqs'],
  ['AWS::SNS::TopicPolicy', 'sns'],
  ['AWS::S3::BucketPolicy', 's3'],
];

export function resourcePolicies(ctx: CfnContext): ResourcePolicy[] {
  return TYPES.flatMap(([type, service]) =>
    ctx.ofType(type).map((r) => {
      const reader = new ResourceReader(ctx, r);
      return { ...reader.base(), service, document: { ...policyDocumentAttr(reader, ['PolicyDocument']), location: null } };
    }),
  );
}
