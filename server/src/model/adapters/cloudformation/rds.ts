// SPDX-License-Identifier: Apache-2.0
// AWS::RDS::DBInstance. Instances in an Aurora cluster (DBClusterIdentifier set) take their encryption from
// the cluster, which rules read through `clusterIdentifier`.

import { Unknown } from '../../../core/value';
import type { RdsInstance } from '../../aws/rds';
import type { Attr } from '../../attr';
import { refTarget } from './refs';
import { asBool, asNumber, asString, ResourceReader } from './read';
import type { CfnContext } from './read';

/**
 * Whether RDS makes the instance public when `PubliclyAccessible` is not written. A standalone instance
 * without a DB subnet group goes into the default VPC, where the default is public; with one, private.
 * An Aurora member (`DBClusterIdentifier`) uses its cluster's subnet group: the cluster in this template
 * when the identifier is a `Ref` to it, and otherwise one this template does not show (unknown).
 */
function publicByDefault(ctx: CfnContext, d: ResourceReader): boolean | Unknown {
  if (d.node(['DBSubnetGroupName']) !== undefined) return false;
  const clusterNode = d.node(['DBClusterIdentifier']);
  if (clusterNode === undefined) return true;
  const id = refTarget(clusterNode);
  const cluster = id === undefined ? undefined : ctx.resource(id);
  if (cluster?.type === 'AWS::RDS::DBCluster') return new ResourceReader(ctx, cluster).node(['DBSubnetGroupName']) === undefined;
  return new Unknown('reference', { start: clusterNode.start, end: clusterNode.end }, 'the DB subnet group of a cluster outside this template', {
    kind: 'external',
    what: 'the DB subnet group of the cluster (it decides whether the instance is public by default)',
  });
}

function publiclyAccessible(ctx: CfnContext, d: ResourceReader): Attr<boolean> {
  const fallback = publicByDefault(ctx, d);
  const a = d.attr(['PubliclyAccessible'], asBool, typeof fallback === 'boolean' ? { fallback } : {});
  // Absent with an unknown default: the value is that unknown (reported as "cannot verify", never a pass).
  return !a.present && fallback instanceof Unknown ? { ...a, value: fallback } : a;
}

export function rdsInstances(ctx: CfnContext): RdsInstance[] {
  return ctx.ofType('AWS::RDS::DBInstance').map((r) => {
    const d = new ResourceReader(ctx, r);
    return {
      ...d.base(),
      storageEncrypted: d.attr(['StorageEncrypted'], asBool, { fallback: false }),
      // Without a DB subnet group the instance goes into the default VPC, where RDS makes it public by
      // default (RDS API: PubliclyAccessible); with one, the default is private.
      publiclyAccessible: publiclyAccessible(ctx, d),
      clusterIdentifier: d.attr(['DBClusterIdentifier'], asString),
      engine: d.attr(['Engine'], asString),
      autoMinorVersionUpgrade: d.attr(['AutoMinorVersionUpgrade'], asBool, { fallback: true }),
      multiAz: d.attr(['MultiAZ'], asBool, { fallback: false }),
      backupRetentionPeriod: d.attr(['BackupRetentionPeriod'], asNumber, { fallback: 1 }),
      deletionProtection: d.attr(['DeletionProtection'], asBool, { fallback: false }),
      cloudwatchLogsExports: d.attr<unknown>(['EnableCloudwatchLogsExports'], (v) => v),
      masterPassword: d.attr(['MasterUserPassword'], asString),
      manageMasterUserPassword: d.attr(['ManageMasterUserPassword'], asBool, { fallback: false }),
      replicaSource: d.attr(['SourceDBInstanceIdentifier'], asString),
      monitoringInterval: d.attr(['MonitoringInterval'], asNumber, { fallback: 0 }),
      monitoringRoleArn: d.attr(['MonitoringRoleArn'], asString),
    };
  });
}
