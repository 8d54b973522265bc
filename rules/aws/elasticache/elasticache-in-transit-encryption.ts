// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.elasticache.replicationGroup',
  meta: {
    id: 'AWS-ELASTICACHE-002',
    name: 'elasticache-in-transit-encryption',
    title: 'ElastiCache replication groups encrypt data in transit',
    severity: 'medium',
    description:
      'ElastiCache replication groups enable in-transit encryption (TLS) between clients and nodes and between nodes.',
    rationale:
      'Without TLS, anything that can see VPC traffic (a compromised instance, a mirrored session, a misrouted peering) can read cached values and authentication tokens, and can tamper with them. TLS is also required for AUTH tokens and role-based access to be meaningful.',
    remediation:
      'Terraform: set `transit_encryption_enabled = true` on the `aws_elasticache_replication_group`. CloudFormation: set `TransitEncryptionEnabled: true`. Clients must connect with TLS; on older engine versions the change replaces the group, newer ones allow a `preferred` migration mode.',
    links: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html'],
    ...byConcept('encryption-in-transit'),
    levels: {},
    resourceTypes: { terraform: ['aws_elasticache_replication_group'], cloudformation: ['AWS::ElastiCache::ReplicationGroup'] },
    aliases: { checkov: ['CKV_AWS_30'], trivy: ['AVD-AWS-0051'], tfsec: ['aws-elasticache-enable-in-transit-encryption'], cfn_nag: ['F33'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const a = r.attrs.transitEncryption;
    requireValue(ctx, a, true, 'whether the replication group encrypts data in transit', a.present ? 'In-transit encryption is turned off for this replication group.' : 'The replication group does not enable in-transit encryption (it is off by default).', {
      id: 'enable-tls',
      title: 'Enable in-transit encryption (clients must use TLS)',
      safety: 'unsafe',
    });
  },
});
