// SPDX-License-Identifier: Apache-2.0
// S3 buckets with their settings joined in: in Terraform (provider v4+) these live in separate resources
// (`aws_s3_bucket_public_access_block`, `_server_side_encryption_configuration`, `_policy`, `_versioning`,
// `_logging`) that the adapter joins to the bucket; in CloudFormation they are bucket properties.

import type { Attr } from '../attr';
import type { EditTarget } from '../edit-target';
import type { ModelResource } from '../resource';
import type { SourceRef } from '../source';
import type { PolicyDocument } from './iam';

export interface S3Bucket extends ModelResource {
  name: Attr<string>;
  /** Canned ACL (`private`, `public-read`, ...). */
  acl: Attr<string>;
  /** Always present: when no block exists, its attributes are absent and setting one creates it. */
  publicAccessBlock: S3PublicAccessBlock;
  encryption: S3Encryption;
  /** Null when the bucket has no policy. */
  policy: S3BucketPolicy | null;
  /** Where a new policy would be written (a companion resource in Terraform, a new resource in CloudFormation). */
  newPolicyTarget: EditTarget;
  versioning: { enabled: Attr<boolean>; mfaDelete: Attr<boolean> };
  logging: { targetBucket: Attr<string> };
}

export interface S3PublicAccessBlock {
  /** False when no public access block is written (every attribute then absent). */
  exists: boolean;
  ref: SourceRef;
  blockPublicAcls: Attr<boolean>;
  blockPublicPolicy: Attr<boolean>;
  ignorePublicAcls: Attr<boolean>;
  restrictPublicBuckets: Attr<boolean>;
}

export interface S3Encryption {
  /** False when no server-side encryption configuration is written. */
  exists: boolean;
  ref: SourceRef;
  /** `AES256`, `aws:kms`, `aws:kms:dsse`. */
  algorithm: Attr<string>;
  kmsKeyId: Attr<string>;
}

export interface S3BucketPolicy {
  ref: SourceRef;
  document: Attr<PolicyDocument>;
}
