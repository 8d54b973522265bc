// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import { show } from '../../lib/checks';

const MIN_DAYS = 35;

export default defineCatalogRule({
  kind: 'aws.backup.plan',
  meta: {
    id: 'AWS-BACKUP-003',
    name: 'backup-plan-min-retention',
    title: 'Backup plan rules keep recovery points for at least 35 days',
    severity: 'medium',
    description: 'Every rule of an AWS Backup plan that expires its recovery points keeps them for at least 35 days.',
    rationale:
      'Corruption, a silent data loss or an intrusion is often found weeks after it happened. Recovery points that expire after a few days only cover the most recent state, which may already be damaged; a retention of about a month leaves restore points from before the problem.',
    remediation:
      'Terraform: set `lifecycle { delete_after = 35 }` (or more) in each `rule` of the `aws_backup_plan`. CloudFormation: set `Lifecycle.DeleteAfterDays: 35` or more in each `BackupPlanRule`. Longer retention adds backup storage cost; rules meant for short-lived copies can be suppressed with a justification.',
    links: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/creating-a-backup-plan.html'],
    ...byConcept('backup'),
    levels: {},
    resourceTypes: { terraform: ['aws_backup_plan'], cloudformation: ['AWS::Backup::BackupPlan'] },
    fix: 'safe',
  },
  check(plan, ctx) {
    const rules = plan.lists.rules;
    if (rules.unknown) ctx.cannotVerify(plan, rules.unknown, 'the retention of the plan\'s rules');
    for (const rule of rules.items) {
      const days = rule.attrs.deleteAfterDays;
      const name = rule.attrs.name.value;
      const label = typeof name === 'string' ? `Rule ${show(name)}` : 'A rule of this plan';
      if (days.value instanceof Unknown) {
        ctx.cannotVerify(days, days.value, `how long ${label.charAt(0).toLowerCase()}${label.slice(1)} keeps recovery points`);
        continue;
      }
      // Absent: kept until deleted by hand, which is at least as long.
      if (typeof days.value !== 'number' || days.value >= MIN_DAYS) continue;
      ctx.report(days, `${label} keeps recovery points for only ${days.value} ${days.value === 1 ? 'day' : 'days'} (less than ${MIN_DAYS}).`, {
        fixes: setFix('set-retention', `Keep recovery points for ${MIN_DAYS} days`, 'safe', [days, lit(MIN_DAYS)]),
      });
    }
  },
});
