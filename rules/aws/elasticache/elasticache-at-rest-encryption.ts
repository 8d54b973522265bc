// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.elasticache.replicationGroup',
  meta: {
    id: 'AWS-ELASTICACHE-001',
    name: 'elasticache-at-rest-encryption',
    title: 'ElastiCache replication groups are encrypted at rest',
    severity: 'medium',
    description:
      'ElastiCache (Redis OSS / Valkey) replication groups state that encryption at rest is enabled, covering data on disk during sync and swap and in backups.',
    rationale:
      'Caches often hold session tokens, user profiles or query results copied from protected databases. Encryption at rest keeps that data unreadable on disks and in snapshots exported to S3. It can only be chosen when the group is created, and its default depends on the engine, so it must be written explicitly.',
    remediation:
      'Terraform: set `at_rest_encryption_enabled = true` on the `aws_elasticache_replication_group`. CloudFormation: set `AtRestEncryptionEnabled: true`. Changing it replaces the replication group: restore a backup into a new encrypted group.',
    links: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html'],
    ...byConcept('encryption-at-rest'),
    levels: {},
    resourceTypes: { terraform: ['aws_elasticache_replication_group'], cloudformation: ['AWS::ElastiCache::ReplicationGroup'] },
    aliases: { checkov: ['CKV_AWS_29'], trivy: ['AVD-AWS-0045'], tfsec: ['aws-elasticache-enable-at-rest-encryption'], cfn_nag: ['F25'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const a = r.attrs.atRestEncryption;
    requireValue(ctx, a, true, 'whether the replication group is encrypted at rest', a.present ? 'Encryption at rest is turned off for this replication group.' : 'The replication group does not enable encryption at rest (off by default for Redis OSS).', {
      id: 'encrypt',
      title: 'Encrypt the replication group at rest (replaces it)',
      safety: 'unsafe',
    });
  },
});
