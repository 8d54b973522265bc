// SPDX-License-Identifier: Apache-2.0
import type { Attr } from '../attr';
import type { ModelResource } from '../resource';

export interface RdsInstance extends ModelResource {
  storageEncrypted: Attr<boolean>;
  publiclyAccessible: Attr<boolean>;
  /** Instances in an Aurora cluster take encryption from the cluster. */
  clusterIdentifier: Attr<string>;
  engine: Attr<string>;
}
