// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule } from '../../api';
import { checkResourcePolicyNotPublic } from '../../lib/resource-policy';

export default defineRule({
  target: 'resourcePolicies',
  meta: {
    id: 'AWS-SQS-050',
    name: 'sqs-queue-policy-not-public',
    title: 'SQS queue policies do not let anyone use the queue',
    severity: 'high',
    description:
      'No SQS queue policy (`aws_sqs_queue_policy`, the `policy` of `aws_sqs_queue`, `AWS::SQS::QueuePolicy`) has an Allow statement whose principal is `"*"` (or `AWS: "*"`), or that uses NotPrincipal, without a condition that limits the caller or the source (`aws:SourceArn`, `aws:SourceAccount`, `aws:SourceOwner`, `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:SourceVpce`, `aws:SourceVpc`, ...).',
    rationale:
      'A queue policy open to every principal lets any AWS account, and often anonymous callers, send messages into the queue or read and delete what is in it, depending on the actions allowed. That can leak data, inject forged work items into the consumers, or run up cost.',
    remediation:
      'Name the accounts, roles or services that may use the queue in `Principal`. When a service such as SNS or S3 delivers to the queue, keep the service principal and add an `aws:SourceArn` (or `aws:SourceAccount`) condition naming the topic or bucket; for access from your own organization use `aws:PrincipalOrgID`. There is no automatic fix: only you know who should be allowed.',
    links: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html'],
    ...byConcept('public-resource-policy'),
    levels: {},
    resourceTypes: { terraform: ['aws_sqs_queue_policy', 'aws_sqs_queue'], cloudformation: ['AWS::SQS::QueuePolicy'] },
    aliases: { checkov: ['CKV_AWS_168', 'CKV_AWS_387'], cfn_nag: ['F21'] },
    fix: 'none',
  },
  check(policy, ctx) {
    if (policy.service !== 'sqs') return;
    checkResourcePolicyNotPublic(policy, ctx, 'queue');
  },
});
