// SPDX-License-Identifier: Apache-2.0
import type { Attr } from '../attr';
import type { ModelResource } from '../resource';

/**
 * A DB instance: `aws_db_instance` / `AWS::RDS::DBInstance`, and the Aurora cluster members
 * `aws_rds_cluster_instance` (CloudFormation writes those as a DBInstance with `DBClusterIdentifier`).
 * Settings a cluster member does not have (storage, backups, credentials) read as absent for it.
 */
export interface RdsInstance extends ModelResource {
  storageEncrypted: Attr<boolean>;
  publiclyAccessible: Attr<boolean>;
  /** Instances in an Aurora cluster take encryption from the cluster. */
  clusterIdentifier: Attr<string>;
  engine: Attr<string>;
  /** Default true in both languages. */
  autoMinorVersionUpgrade: Attr<boolean>;
  /** Default false. */
  multiAz: Attr<boolean>;
  /** Days; absent means the RDS API default of 1 day (Terraform sends nothing, CloudFormation documents 1). */
  backupRetentionPeriod: Attr<number>;
  /** Default false. */
  deletionProtection: Attr<boolean>;
  /** Log types exported to CloudWatch Logs: the raw list value (absent when not written). */
  cloudwatchLogsExports: Attr<unknown>;
  /** The master password as written (`password` / `MasterUserPassword`). */
  masterPassword: Attr<string>;
  /** `manage_master_user_password` / `ManageMasterUserPassword`: RDS keeps the password in Secrets Manager. */
  manageMasterUserPassword: Attr<boolean>;
  /** `replicate_source_db` / `SourceDBInstanceIdentifier`: a read replica. */
  replicaSource: Attr<string>;
  /** Seconds between Enhanced Monitoring samples; 0 (the default in both languages) turns it off. */
  monitoringInterval: Attr<number>;
  /** The role RDS uses to publish Enhanced Monitoring metrics (needed for any interval but 0). */
  monitoringRoleArn: Attr<string>;
}
