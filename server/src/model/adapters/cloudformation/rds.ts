// SPDX-License-Identifier: Apache-2.0
// AWS::RDS::DBInstance. Instances in an Aurora cluster (DBClusterIdentifier set) take their encryption from
// the cluster, which rules read through `clusterIdentifier`.

import type { RdsInstance } from '../../aws/rds';
import { asBool, asNumber, asString, ResourceReader } from './read';
import type { CfnContext } from './read';

export function rdsInstances(ctx: CfnContext): RdsInstance[] {
  return ctx.ofType('AWS::RDS::DBInstance').map((r) => {
    const d = new ResourceReader(ctx, r);
    return {
      ...d.base(),
      storageEncrypted: d.attr(['StorageEncrypted'], asBool, { fallback: false }),
      // Without a DB subnet group the instance goes into the default VPC, where RDS makes it public by
      // default (RDS API: PubliclyAccessible); with one, the default is private.
      publiclyAccessible: d.attr(['PubliclyAccessible'], asBool, { fallback: d.node(['DBSubnetGroupName']) === undefined }),
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
    };
  });
}
