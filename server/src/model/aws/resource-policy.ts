// SPDX-License-Identifier: Apache-2.0
// Resource policies of services other than S3 and IAM: who may use an SQS queue or an SNS topic. The
// document has the same shape as an IAM policy (model/aws/iam.ts), with `principals` and `conditions`.

import type { Attr } from '../attr';
import type { ModelResource } from '../resource';
import type { PolicyDocument } from './iam';

export type ResourcePolicyService = 'sqs' | 'sns';

/**
 * A queue or topic policy: Terraform `aws_sqs_queue_policy` / `aws_sns_topic_policy` and the `policy`
 * argument of `aws_sqs_queue` / `aws_sns_topic`; CloudFormation `AWS::SQS::QueuePolicy` /
 * `AWS::SNS::TopicPolicy` (`PolicyDocument`). Its location is null: no fix rewrites a resource policy.
 */
export interface ResourcePolicy extends ModelResource {
  service: ResourcePolicyService;
  document: Attr<PolicyDocument>;
}
