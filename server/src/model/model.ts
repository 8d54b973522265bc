// SPDX-License-Identifier: Apache-2.0
// The normalized cloud model that rules read: one list per kind of resource, filled by the Terraform and
// CloudFormation adapters. A rule covers both languages by reading this and nothing else.

import type { CloudTrail } from './aws/cloudtrail';
import type { EbsVolume, InstanceLike, SecurityGroup, Vpc } from './aws/ec2';
import type { IamPolicy } from './aws/iam';
import type { KmsKey } from './aws/kms';
import type { RdsInstance } from './aws/rds';
import type { S3Bucket } from './aws/s3';

export interface AwsModel {
  s3Buckets: S3Bucket[];
  cloudTrails: CloudTrail[];
  kmsKeys: KmsKey[];
  vpcs: Vpc[];
  securityGroups: SecurityGroup[];
  /** EC2 instances and launch templates. */
  instances: InstanceLike[];
  ebsVolumes: EbsVolume[];
  rdsInstances: RdsInstance[];
  iamPolicies: IamPolicy[];
}

export interface CloudModel {
  aws: AwsModel;
}

/** The kinds of model resource a rule can target, by name. */
export type TargetKind = keyof AwsModel;

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
    },
  };
}

export type * from './aws/cloudtrail';
export type * from './aws/ec2';
export type * from './aws/iam';
export type * from './aws/kms';
export type * from './aws/rds';
export type * from './aws/s3';
export type * from './attr';
export type * from './edit-target';
export type * from './resource';
export type * from './source';
