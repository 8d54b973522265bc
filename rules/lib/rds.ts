// SPDX-License-Identifier: Apache-2.0
// Shared facts about RDS instances for the rules under rules/aws/rds.

import type { RdsInstance } from '../api';

/**
 * Whether the instance is a member of an Aurora cluster: backups, Multi-AZ placement, deletion protection,
 * log exports and storage encryption are then settings of the cluster, not of the instance.
 */
export function inCluster(db: RdsInstance): boolean {
  const c = db.clusterIdentifier;
  return c.present && !(typeof c.value === 'string' && c.value === '');
}

/** Whether the instance is a read replica (its backups and credentials follow the source). */
export function isReplica(db: RdsInstance): boolean {
  const r = db.replicaSource;
  return r.present && !(typeof r.value === 'string' && r.value === '');
}

/** The attribute name in the instance's language, for messages. */
export function attrName(db: RdsInstance, terraform: string, cloudformation: string): string {
  return db.platform === 'terraform' ? terraform : cloudformation;
}
