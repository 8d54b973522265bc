// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule } from '../../api';
import { checkResourcePolicyNotPublic } from '../../lib/resource-policy';

export default defineRule({
  target: 'resourcePolicies',
  meta: {
    id: 'AWS-SNS-050',
    name: 'sns-topic-policy-not-public',
    title: 'SNS topic policies do not let anyone use the topic',
    severity: 'high',
    description:
      'No SNS topic policy (`aws_sns_topic_policy`, the `policy` of `aws_sns_topic`, `AWS::SNS::TopicPolicy`) has an Allow statement whose principal is `"*"` (or `AWS: "*"`), or that uses NotPrincipal, without a condition that limits the caller or the source (`aws:SourceArn`, `aws:SourceAccount`, `aws:SourceOwner`, `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:SourceVpce`, `aws:SourceVpc`, ...).',
    rationale:
      'A topic policy open to every principal lets any AWS account publish to the topic, subscribe its own endpoints to it, or change its settings, depending on the actions allowed. Forged notifications reach every subscriber (alarms, pipelines, people), and a foreign subscription receives every message the topic carries.',
    remediation:
      'Name the accounts, roles or services that may use the topic in `Principal`. When a service such as CloudWatch, EventBridge or S3 publishes to the topic, keep the service principal and add an `aws:SourceArn` (or `aws:SourceAccount`) condition naming the alarm, rule or bucket; for access from your own organization use `aws:PrincipalOrgID`. There is no automatic fix: only you know who should be allowed.',
    links: ['https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html'],
    ...byConcept('public-resource-policy'),
    levels: {},
    resourceTypes: { terraform: ['aws_sns_topic_policy', 'aws_sns_topic'], cloudformation: ['AWS::SNS::TopicPolicy'] },
    aliases: { checkov: ['CKV_AWS_169'], cfn_nag: ['F18'] },
    fix: 'none',
  },
  check(policy, ctx) {
    if (policy.service !== 'sns') return;
    checkResourcePolicyNotPublic(policy, ctx, 'topic');
  },
});
