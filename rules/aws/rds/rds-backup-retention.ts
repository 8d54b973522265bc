// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule } from '../../api';
import { requireAtLeast } from '../../lib/checks';
import { attrName, inCluster, isReplica } from '../../lib/rds';

const MIN_DAYS = 7;

export default defineRule({
  target: 'rdsInstances',
  meta: {
    id: 'AWS-RDS-005',
    name: 'rds-backup-retention',
    title: 'RDS instances keep automated backups for at least 7 days',
    severity: 'medium',
    description: `RDS DB instances have automated backups turned on with a retention period of at least ${MIN_DAYS} days.`,
    rationale:
      'Automated backups are what point-in-time restore works from. With retention at 0 there are no automated backups at all, and with the API default of one day a problem noticed after a weekend can no longer be rolled back. A week of retention covers the time it usually takes to notice corrupted or deleted data.',
    remediation:
      `Terraform: set \`backup_retention_period\` to ${MIN_DAYS} or more on the \`aws_db_instance\` (unset, RDS applies its default of 1 day). CloudFormation: set \`BackupRetentionPeriod\` to ${MIN_DAYS} or more (default 1). Turning backups on for an instance that had 0 causes a brief outage while RDS takes the first backup; longer retention costs backup storage. Aurora cluster members and read replicas are not checked here.`,
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html'],
    ...byConcept('backup'),
    levels: {},
    resourceTypes: { terraform: ['aws_db_instance'], cloudformation: ['AWS::RDS::DBInstance'] },
    fix: 'unsafe',
  },
  check(db, ctx) {
    if (inCluster(db) || isReplica(db)) return;
    const name = attrName(db, 'backup_retention_period', 'BackupRetentionPeriod');
    requireAtLeast(
      ctx,
      db.backupRetentionPeriod,
      MIN_DAYS,
      'the backup retention period',
      (days) =>
        !days.present
          ? `Automated backups are kept for only 1 day: ${name} is not set, so RDS applies its default of 1 day (at least ${MIN_DAYS} expected).`
          : days.value === 0
            ? `Automated backups are turned off (${name} is 0): the instance cannot be restored to a point in time.`
            : `Automated backups are kept for only ${String(days.value)} day${days.value === 1 ? '' : 's'} (at least ${MIN_DAYS} expected).`,
      { id: 'retain-7-days', title: `Keep automated backups for ${MIN_DAYS} days`, safety: 'unsafe' },
    );
  },
});
