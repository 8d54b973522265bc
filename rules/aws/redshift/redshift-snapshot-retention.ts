// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireAtLeast } from '../../lib/checks';

const MIN_DAYS = 7;

export default defineCatalogRule({
  kind: 'aws.redshift.cluster',
  meta: {
    id: 'AWS-REDSHIFT-003',
    name: 'redshift-snapshot-retention',
    title: 'Redshift clusters keep automated snapshots for at least 7 days',
    severity: 'medium',
    description: 'Redshift clusters keep automated snapshots for at least 7 days (the default is 1 day; 0 turns them off).',
    rationale:
      'Automated snapshots are the restore points of the warehouse. With one day, a faulty load or a dropped schema noticed after a weekend can no longer be undone from them; a week or more leaves time to notice and restore.',
    remediation:
      'Terraform: set `automated_snapshot_retention_period = 7` (or more, up to 35) on the `aws_redshift_cluster`. CloudFormation: set `AutomatedSnapshotRetentionPeriod: 7` or more. Longer retention adds snapshot storage cost.',
    links: ['https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html'],
    ...byConcept('backup'),
    levels: {},
    resourceTypes: { terraform: ['aws_redshift_cluster'], cloudformation: ['AWS::Redshift::Cluster'] },
    fix: 'safe',
  },
  check(cluster, ctx) {
    requireAtLeast(
      ctx,
      cluster.attrs.automatedSnapshotRetention,
      MIN_DAYS,
      'the cluster\'s snapshot retention period',
      (days) =>
        !days.present
          ? `Automated snapshots are kept for 1 day by default (less than ${MIN_DAYS}).`
          : days.value === 0
            ? 'Automated snapshots are turned off for this cluster.'
            : `Automated snapshots are kept for only ${String(days.value)} ${days.value === 1 ? 'day' : 'days'} (less than ${MIN_DAYS}).`,
      { id: 'set-retention', title: `Keep automated snapshots for ${MIN_DAYS} days`, safety: 'safe' },
    );
  },
});
