// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

// No defaults for `encrypted` / `publicly_accessible`: they changed between provider and API versions, so
// an absent value is reported as "not set explicitly" by the rules rather than assumed.
export const REDSHIFT = [
  {
    kind: 'aws.redshift.cluster',
    terraform: ['aws_redshift_cluster'],
    cloudformation: ['AWS::Redshift::Cluster'],
    attrs: {
      encrypted: { type: 'bool', terraform: ['encrypted'], cloudformation: ['Encrypted'] },
      kmsKeyId: { type: 'string', terraform: ['kms_key_id'], cloudformation: ['KmsKeyId'] },
      publiclyAccessible: { type: 'bool', terraform: ['publicly_accessible'], cloudformation: ['PubliclyAccessible'] },
      automatedSnapshotRetention: { type: 'number', terraform: ['automated_snapshot_retention_period'], cloudformation: ['AutomatedSnapshotRetentionPeriod'], default: 1 },
      clusterIdentifier: { type: 'string', terraform: ['cluster_identifier'], cloudformation: ['ClusterIdentifier'] },
      /** Terraform before AWS provider 6: the inline `logging` block (later the aws_redshift_logging resource). */
      legacyLoggingEnabled: { type: 'bool', terraform: ['logging', 'enable'], cloudformation: null },
      loggingBucket: { type: 'string', terraform: null, cloudformation: ['LoggingProperties', 'BucketName'] },
      loggingDestinationType: { type: 'string', terraform: null, cloudformation: ['LoggingProperties', 'LogDestinationType'] },
      loggingExports: { type: 'any', terraform: null, cloudformation: ['LoggingProperties', 'LogExports'] },
      enhancedVpcRouting: { type: 'bool', terraform: ['enhanced_vpc_routing'], cloudformation: ['EnhancedVpcRouting'], default: false },
    },
  },
  {
    /** Terraform: audit logging of a cluster, a separate resource naming the cluster. */
    kind: 'aws.redshift.logging',
    terraform: ['aws_redshift_logging'],
    cloudformation: [],
    attrs: {
      clusterIdentifier: { type: 'any', terraform: ['cluster_identifier'], cloudformation: null },
    },
  },
] as const satisfies readonly CatalogKind[];
