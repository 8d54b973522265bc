// SPDX-License-Identifier: Apache-2.0
// AWS::RDS::DBInstance. Instances in an Aurora cluster (DBClusterIdentifier set) take their encryption from
// the cluster, which rules read through `clusterIdentifier`.

import type { RdsInstance } from '../../aws/rds';
import { asBool, asString, ResourceReader } from './read';
import type { CfnContext } from './read';

export function rdsInstances(ctx: CfnContext): RdsInstance[] {
  return ctx.ofType('AWS::RDS::DBInstance').map((r) => {
    const d = new ResourceReader(ctx, r);
    return {
      ...d.base(),
      storageEncrypted: d.attr(['StorageEncrypted'], asBool, { fallback: false }),
      publiclyAccessible: d.attr(['PubliclyAccessible'], asBool, { fallback: false }),
      clusterIdentifier: d.attr(['DBClusterIdentifier'], asString),
      engine: d.attr(['Engine'], asString),
    };
  });
}
