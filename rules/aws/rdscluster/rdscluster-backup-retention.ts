// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireAtLeast } from '../../lib/checks';

const MIN_DAYS = 7;

export default defineCatalogRule({
  kind: 'aws.rds.cluster',
  meta: {
    id: 'AWS-RDSCLUSTER-003',
    name: 'rdscluster-backup-retention',
    title: 'RDS and Aurora DB clusters keep automated backups for at least 7 days',
    severity: 'medium',
    description: 'RDS DB clusters set a backup retention period of at least 7 days (the default is 1 day).',
    rationale:
      'Automated backups bound how far back the database can be restored. With one day, corruption or a bad migration noticed after a weekend is already unrecoverable; a week or more leaves time to detect the problem and restore from before it.',
    remediation:
      'Terraform: set `backup_retention_period = 7` (or more, up to 35) on the `aws_rds_cluster`. CloudFormation: set `BackupRetentionPeriod: 7` or more. Longer retention costs backup storage beyond the cluster size.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html'],
    ...byConcept('backup'),
    levels: {},
    resourceTypes: { terraform: ['aws_rds_cluster'], cloudformation: ['AWS::RDS::DBCluster'] },
    fix: 'safe',
  },
  check(cluster, ctx) {
    requireAtLeast(
      ctx,
      cluster.attrs.backupRetentionPeriod,
      MIN_DAYS,
      'the cluster\'s backup retention period',
      (days) =>
        days.present
          ? `Automated backups are kept for only ${String(days.value)} ${days.value === 1 ? 'day' : 'days'} (less than ${MIN_DAYS}).`
          : `Automated backups are kept for 1 day by default (less than ${MIN_DAYS}).`,
      { id: 'set-retention', title: `Keep automated backups for ${MIN_DAYS} days`, safety: 'safe' },
    );
  },
});
