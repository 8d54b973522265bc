// SPDX-License-Identifier: Apache-2.0
// Resource policies: who may use an SQS queue, an SNS topic or an S3 bucket (bucket policies are also on
// the bucket model, joined to their bucket, for the rules about the bucket itself). The
// document has the same shape as an IAM policy (model/aws/iam.ts), with `principals` and `conditions`.

import type { Attr } from '../attr';
import type { ModelResource } from '../resource';
import type { PolicyDocument } from './iam';

export type ResourcePolicyService = 'sqs' | 'sns' | 's3';

/**
 * A queue or topic policy: Terraform `aws_sqs_queue_policy` / `aws_sns_topic_policy` and the `policy`
 * argument of `aws_sqs_queue` / `aws_sns_topic`; CloudFormation `AWS::SQS::QueuePolicy` /
 * `AWS::SNS::TopicPolicy` (`PolicyDocument`). Its location is null: no fix rewrites a resource policy.
 */
export interface ResourcePolicy extends ModelResource {
  service: ResourcePolicyService;
  document: Attr<PolicyDocument>;
}
