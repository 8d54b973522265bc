// SPDX-License-Identifier: Apache-2.0
import { defineRule, placeholder, spelled, Unknown } from '../../api';
import type { FixOp } from '../../api';
import { isResourceAttribute } from '../../lib/checks';

export default defineRule({
  target: 'cloudTrails',
  meta: {
    id: 'AWS-CLOUDTRAIL-007',
    name: 'cloudtrail-cloudwatch-logs',
    title: 'CloudTrail trails deliver events to CloudWatch Logs',
    severity: 'low',
    description: 'Trails send their events to a CloudWatch Logs log group (a log group ARN and the role CloudTrail uses to write to it), in addition to the S3 bucket.',
    rationale:
      'Files in S3 arrive in batches and are read by nobody until someone goes looking. In CloudWatch Logs the same events can be searched immediately and drive metric filters and alarms, for example on root logins, policy changes or disabled trails, which is how those events get noticed while they matter.',
    remediation:
      'Terraform: set `cloud_watch_logs_group_arn` (the log group ARN followed by `:*`) and `cloud_watch_logs_role_arn` (a role CloudTrail can assume with `logs:CreateLogStream` and `logs:PutLogEvents`) on the `aws_cloudtrail`. CloudFormation: set `CloudWatchLogsLogGroupArn` and `CloudWatchLogsRoleArn`. Give the log group a retention period.',
    links: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html'],
    frameworks: {
      'cis-aws-1.4.0': ['3.4'],
      'soc2-2017': ['A1.2', 'CC7.2', 'CC7.3'],
      'nist-800-53-r5': ['AU-6', 'AU-12', 'SI-4'],
      'nist-csf-2.0': ['DE.AE-02', 'DE.CM-01', 'DE.CM-03'],
    },
    levels: { 'cis-aws-1.4.0': 1 },
    mappingNote: 'A CIS recommendation in v1.4.0 (3.4) that later versions no longer list on its own; SOC 2, NIST (base controls) and CSF ids are a subset of the reference maps for CIS 1.4.0 3.4.',
    resourceTypes: { terraform: ['aws_cloudtrail'], cloudformation: ['AWS::CloudTrail::Trail'] },
    aliases: { checkov: ['CKV2_AWS_10'], trivy: ['AVD-AWS-0162'], tfsec: ['aws-cloudtrail-ensure-cloudwatch-integration'] },
    fix: 'unsafe',
  },
  check(trail, ctx) {
    const group = trail.cloudWatchLogsGroupArn;
    if (group.value instanceof Unknown) {
      // A log group of the configuration always has an ARN; a variable or parameter may be empty.
      if (!isResourceAttribute(group.value)) ctx.cannotVerify(group, group.value, 'whether the trail sends events to CloudWatch Logs');
      return;
    }
    if (group.present && typeof group.value === 'string' && group.value !== '') return;
    const ops: FixOp[] = group.location
      ? [
          { op: 'set', location: group.location, value: placeholder(trail, 'cloudtrail_log_group_arn', 'ARN of the CloudWatch Logs log group for CloudTrail (ending in :*)') },
          {
            op: 'set',
            location: { target: group.location.target, path: [spelled(trail, 'cloud_watch_logs_role_arn', 'CloudWatchLogsRoleArn')] },
            value: placeholder(trail, 'cloudtrail_logs_role_arn', 'ARN of the IAM role CloudTrail assumes to write to the log group'),
          },
        ]
      : [];
    ctx.report(group, 'The trail does not send events to CloudWatch Logs, so no metric filter or alarm can act on them.', {
      fixes: ops.length ? [{ id: 'send-to-cloudwatch', title: 'Send trail events to a CloudWatch Logs log group', safety: 'unsafe', ops }] : [],
    });
  },
});
