// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';

export default defineCatalogRule({
  kind: 'aws.logs.logGroup',
  meta: {
    id: 'AWS-LOGS-002',
    name: 'logs-group-retention-set',
    title: 'CloudWatch log groups have a retention period',
    severity: 'low',
    description: 'CloudWatch Logs log groups set a retention period instead of keeping events forever (the default).',
    rationale:
      'A retention policy is how a log group implements the organisation\'s data retention commitments: logs are kept as long as required and then deleted, rather than accumulating personal data and cost indefinitely. An explicit period also documents the decision for auditors.',
    remediation:
      'Terraform: set `retention_in_days` on the `aws_cloudwatch_log_group` to one of the allowed values (e.g. 365). CloudFormation: set `RetentionInDays`. The quick fix sets 365 days; older events are deleted, so check the period against your retention policy.',
    links: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention'],
    ...byConcept('log-retention'),
    levels: {},
    resourceTypes: { terraform: ['aws_cloudwatch_log_group'], cloudformation: ['AWS::Logs::LogGroup'] },
    aliases: { checkov: ['CKV_AWS_66'] },
    fix: 'unsafe',
  },
  check(group, ctx) {
    const days = group.attrs.retentionInDays;
    if (days.value instanceof Unknown) {
      ctx.cannotVerify(days, days.value, 'the log group\'s retention period');
      return;
    }
    if (typeof days.value === 'number' && days.value > 0) return;
    ctx.report(days, days.present ? 'A retention of 0 days keeps events forever: the log group has no retention period.' : 'The log group has no retention period, so events are kept forever.', {
      fixes: setFix('set-retention', 'Keep events for 365 days (older events are deleted)', 'unsafe', [days, lit(365)]),
    });
  },
});
