// SPDX-License-Identifier: Apache-2.0
// The normalized cloud model that rules read: one list per kind of resource, filled by the Terraform and
// CloudFormation adapters. A rule covers both languages by reading this and nothing else.

import type { SourceRef } from './source';
import type { Unknown } from '../core/value';
import type { CloudTrail } from './aws/cloudtrail';
import type { DefaultSecurityGroup, EbsVolume, InstanceLike, NetworkAclEntry, SecurityGroup, Vpc } from './aws/ec2';
import type { IamPolicy, IamRole } from './aws/iam';
import type { KmsKey } from './aws/kms';
import type { RdsInstance } from './aws/rds';
import type { S3Bucket } from './aws/s3';
import type { CatalogResource } from './aws/catalog-resource';
import type { ResourcePolicy } from './aws/resource-policy';
import type { CredentialSetting } from './aws/credentials';
import type { LogGroup, MetricAlarm, MetricFilter, SnsSubscription, SnsTopic } from './aws/monitoring';
import type { GcpIamPolicy } from './gcp/iam';

export interface AwsModel {
  s3Buckets: S3Bucket[];
  cloudTrails: CloudTrail[];
  kmsKeys: KmsKey[];
  vpcs: Vpc[];
  securityGroups: SecurityGroup[];
  /** EC2 instances, launch templates and launch configurations. */
  instances: InstanceLike[];
  ebsVolumes: EbsVolume[];
  rdsInstances: RdsInstance[];
  iamPolicies: IamPolicy[];
  /** Network ACL entries (inline blocks and rule resources) and default security groups (Terraform only). */
  networkAclEntries: NetworkAclEntry[];
  defaultSecurityGroups: DefaultSecurityGroup[];
  /** IAM roles (trust policies). */
  iamRoles: IamRole[];
  /** CloudWatch monitoring of CloudTrail events (CIS AWS section 4). */
  logGroups: LogGroup[];
  metricFilters: MetricFilter[];
  metricAlarms: MetricAlarm[];
  snsTopics: SnsTopic[];
  snsSubscriptions: SnsSubscription[];
  /** SQS queue and SNS topic resource policies. */
  resourcePolicies: ResourcePolicy[];
  /** Credentials outside resources: Terraform `provider "aws"` arguments, CloudFormation NoEcho parameter defaults. */
  credentialSettings: CredentialSetting[];
  /**
   * Google Cloud IAM statements (Terraform only): every IAM resource shape as one binding model
   * (model/gcp/iam.ts). It lives in this list of typed lists, like the Azure and GCP catalog kinds, so the
   * runner, custom rules and reports see it without a second model root.
   */
  gcpIamPolicies: GcpIamPolicy[];
  /**
   * Resources of catalog kinds (model/catalog), by kind. A kind the model has none of may be absent (the
   * scan's Terraform adapter lists only the kinds present): read a kind with catalogKind.
   */
  catalog: Record<string, CatalogResource[]>;
}

const NO_CATALOG_RESOURCES: readonly CatalogResource[] = Object.freeze([]);

/** The resources of catalog kind `kind` in the model: one shared empty list when it has none. */
export function catalogKind(model: CloudModel, kind: string): readonly CatalogResource[] {
  return model.aws.catalog[kind] ?? NO_CATALOG_RESOURCES;
}

export interface CloudModel {
  aws: AwsModel;
  /**
   * Resources (by address) that exist only for some values of something unknown: a `count` or `for_each`
   * decided by an unknown condition, a CloudFormation `Condition` on an unknown parameter. Findings on
   * them hold "if the resource is created", and their messages say what decides it.
   */
  conditional?: ReadonlyMap<string, Unknown>;
  /**
   * CloudFormation: conditions that only the deployment decides, read by `Fn::If` in values the model
   * holds (in reading order). The analysis judges the template once per value of each (cfn-scenarios.ts).
   */
  openConditions?: readonly string[];
  /** Information about the evaluation (a CloudFormation `Fn::ForEach` loop that could not be expanded). */
  notes?: readonly { ref: SourceRef; message: string }[];
  /**
   * Terraform: the providers the module's `required_providers` name, by local name (`azurerm`), with the
   * version constraint as written (absent when none is). Rules whose provider default changed between major
   * versions read it; a provider not listed here is not constrained by this module.
   */
  requiredProviders?: Readonly<Record<string, ProviderRequirement>>;
  /**
   * Terraform root modules: the exact provider versions of the folder's `.terraform.lock.hcl`, by source
   * address (`hashicorp/azurerm`). Terraform installs these whatever range the constraints allow.
   */
  providerLocks?: ReadonlyMap<string, { version: string; ref: SourceRef }>;
}

/** One `required_providers` entry. */
export interface ProviderRequirement {
  /** The version constraint (`"~> 3.0"`), unknown when computed, undefined when not written. */
  version: string | Unknown | undefined;
  /** The provider's source address (`hashicorp/azurerm`, lock-file.ts `normalizeSource`): written, or Terraform's implicit one. */
  source?: string;
  /** The entry (or the `required_providers` block when the entry has no version). */
  ref: SourceRef;
}

/** The typed model lists a rule can target, by name (catalog kinds are targeted by `kind`). */
export type TargetKind = Exclude<keyof AwsModel, 'catalog'>;

export function emptyModel(): CloudModel {
  return {
    aws: {
      s3Buckets: [],
      cloudTrails: [],
      kmsKeys: [],
      vpcs: [],
      securityGroups: [],
      instances: [],
      ebsVolumes: [],
      rdsInstances: [],
      iamPolicies: [],
      networkAclEntries: [],
      defaultSecurityGroups: [],
      iamRoles: [],
      logGroups: [],
      metricFilters: [],
      metricAlarms: [],
      snsTopics: [],
      snsSubscriptions: [],
      resourcePolicies: [],
      credentialSettings: [],
      gcpIamPolicies: [],
      catalog: {},
    },
  };
}

export type * from './aws/cloudtrail';
export type * from './aws/ec2';
export type * from './aws/iam';
export type * from './aws/kms';
export type * from './aws/rds';
export type * from './aws/s3';
export type * from './aws/catalog-resource';
export type * from './aws/resource-policy';
export type * from './aws/credentials';
export type * from './aws/monitoring';
export type * from './gcp/iam';
export type * from './attr';
export type * from './edit-target';
export type * from './resource';
export type * from './source';
