// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.elasticache.replicationGroup',
  meta: {
    id: 'AWS-ELASTICACHE-004',
    name: 'elasticache-automatic-failover',
    title: 'ElastiCache replication groups fail over automatically',
    severity: 'low',
    description:
      'ElastiCache (Redis OSS / Valkey) replication groups enable automatic failover, so a replica is promoted when the primary node fails.',
    rationale:
      'Without automatic failover, the loss of the primary node stops writes until someone intervenes, and applications that depend on the cache for sessions or queues go down with it. Automatic failover turns a node failure into a short interruption.',
    remediation:
      'Terraform: set `automatic_failover_enabled = true` (and preferably `multi_az_enabled = true`) on the `aws_elasticache_replication_group`. CloudFormation: set `AutomaticFailoverEnabled: true` (and `MultiAZEnabled: true`). The group needs at least one replica (two or more cache clusters), which adds cost.',
    links: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html'],
    ...byConcept('backup'),
    levels: {},
    resourceTypes: { terraform: ['aws_elasticache_replication_group'], cloudformation: ['AWS::ElastiCache::ReplicationGroup'] },
    aliases: { checkov: ['CKV2_AWS_50'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const a = r.attrs.automaticFailover;
    requireValue(ctx, a, true, 'whether automatic failover is enabled', a.present ? 'Automatic failover is turned off for this replication group.' : 'The replication group does not enable automatic failover (it is off by default).', {
      id: 'enable',
      title: 'Enable automatic failover (needs at least one replica)',
      safety: 'unsafe',
    });
  },
});
