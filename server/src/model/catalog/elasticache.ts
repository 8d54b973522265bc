// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const ELASTICACHE = [
  {
    kind: 'aws.elasticache.replicationGroup',
    terraform: ['aws_elasticache_replication_group'],
    cloudformation: ['AWS::ElastiCache::ReplicationGroup'],
    attrs: {
      atRestEncryption: { type: 'bool', terraform: ['at_rest_encryption_enabled'], cloudformation: ['AtRestEncryptionEnabled'] },
      transitEncryption: { type: 'bool', terraform: ['transit_encryption_enabled'], cloudformation: ['TransitEncryptionEnabled'], default: false },
      snapshotRetentionLimit: { type: 'number', terraform: ['snapshot_retention_limit'], cloudformation: ['SnapshotRetentionLimit'], default: 0 },
      automaticFailover: { type: 'bool', terraform: ['automatic_failover_enabled'], cloudformation: ['AutomaticFailoverEnabled'], default: false },
    },
  },
] as const satisfies readonly CatalogKind[];
