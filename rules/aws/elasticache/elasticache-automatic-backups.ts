// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireAtLeast } from '../../lib/checks';

const DAYS = 7;

export default defineCatalogRule({
  kind: 'aws.elasticache.replicationGroup',
  meta: {
    id: 'AWS-ELASTICACHE-003',
    name: 'elasticache-automatic-backups',
    title: 'ElastiCache replication groups take automatic backups',
    severity: 'low',
    description: 'ElastiCache (Redis OSS / Valkey) replication groups keep automatic daily backups (a snapshot retention limit above 0, which is the default).',
    rationale:
      'When a cache is used as a data store (sessions, queues, leaderboards), losing the group loses data that exists nowhere else. Automatic backups give restore points for a bad flush, a faulty deployment or a lost node group.',
    remediation:
      'Terraform: set `snapshot_retention_limit` (days, e.g. 7) on the `aws_elasticache_replication_group`. CloudFormation: set `SnapshotRetentionLimit`. Backups use extra memory on the node that takes them (Redis OSS forks), so make sure reserved memory is sufficient.',
    links: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html'],
    ...byConcept('backup'),
    levels: {},
    resourceTypes: { terraform: ['aws_elasticache_replication_group'], cloudformation: ['AWS::ElastiCache::ReplicationGroup'] },
    fix: 'unsafe',
  },
  check(group, ctx) {
    // Any retention (1 day or more) turns backups on; the fix keeps a week.
    requireAtLeast(
      ctx,
      group.attrs.snapshotRetentionLimit,
      1,
      'whether the replication group takes automatic backups',
      (days) => (days.present ? 'Automatic backups are turned off (a retention limit of 0).' : 'The replication group takes no automatic backups (they are off by default).'),
      { id: 'enable-backups', title: `Keep daily backups for ${DAYS} days (uses memory while a backup runs)`, safety: 'unsafe', value: DAYS },
    );
  },
});
