// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';

const MIN_DAYS = 365;

export default defineCatalogRule({
  kind: 'aws.logs.logGroup',
  meta: {
    id: 'AWS-LOGS-003',
    name: 'logs-group-retention-min-1-year',
    title: 'CloudWatch log groups keep events for at least a year',
    severity: 'low',
    description: 'When a CloudWatch Logs log group sets a retention period, it is at least 365 days.',
    rationale:
      'Incidents are often discovered months after they start, and auditors review a whole observation period. Logs deleted after a few days or weeks leave nothing to investigate or to show as evidence; one year is the retention most audit programmes expect.',
    remediation:
      'Terraform: set `retention_in_days` to 365 or more on the `aws_cloudwatch_log_group`. CloudFormation: set `RetentionInDays: 365` or more. Logs that must be kept for a shorter time (e.g. by a privacy commitment) can be suppressed with a justification.',
    links: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention'],
    ...byConcept('log-retention'),
    levels: {},
    resourceTypes: { terraform: ['aws_cloudwatch_log_group'], cloudformation: ['AWS::Logs::LogGroup'] },
    aliases: { checkov: ['CKV_AWS_338'] },
    fix: 'safe',
  },
  check(group, ctx) {
    const days = group.attrs.retentionInDays;
    if (days.value instanceof Unknown) {
      ctx.cannotVerify(days, days.value, 'whether the log group keeps events for at least a year');
      return;
    }
    // Absent or 0 keeps events forever (logs-group-retention-set reports that).
    if (typeof days.value !== 'number' || days.value <= 0 || days.value >= MIN_DAYS) return;
    ctx.report(days, `Events are kept for only ${days.value} ${days.value === 1 ? 'day' : 'days'} (less than ${MIN_DAYS}).`, {
      fixes: setFix('set-retention', `Keep events for ${MIN_DAYS} days`, 'safe', [days, lit(MIN_DAYS)]),
    });
  },
});
