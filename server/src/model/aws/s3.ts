// SPDX-License-Identifier: Apache-2.0
// S3 buckets with their settings joined in: in Terraform (provider v4+) these live in separate resources
// (`aws_s3_bucket_public_access_block`, `_server_side_encryption_configuration`, `_policy`, `_versioning`,
// `_logging`) that the adapter joins to the bucket; in CloudFormation they are bucket properties.

import type { Attr } from '../attr';
import type { EditTarget } from '../edit-target';
import type { ModelResource } from '../resource';
import type { SourceRef } from '../source';
import type { PolicyDocument } from './iam';
import type { Unknown } from '../../core/value';

export interface S3Bucket extends ModelResource {
  name: Attr<string>;
  /** Canned ACL (`private`, `public-read`, ...). */
  acl: Attr<string>;
  /**
   * Explicit ACL grants: `grant` blocks of `aws_s3_bucket_acl`'s `access_control_policy`, or the legacy
   * `grant` blocks of `aws_s3_bucket`. CloudFormation buckets have only canned ACLs (always empty there).
   */
  grants: S3Grants;
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

export interface S3Grants {
  items: S3Grant[];
  /** Set when some grants cannot be read (a `dynamic "grant"` block with an unknown for_each). */
  unknown: Unknown | null;
}

/** One ACL grant. */
export interface S3Grant {
  ref: SourceRef;
  /** `Group`, `CanonicalUser`, `AmazonCustomerByEmail`. */
  granteeType: Attr<string>;
  /** The group URI for `Group` grantees (`http://acs.amazonaws.com/groups/global/AllUsers`). */
  uri: Attr<string>;
  /** `READ`, `WRITE`, `READ_ACP`, `WRITE_ACP`, `FULL_CONTROL` (the legacy block lists several). */
  permissions: Attr<unknown>;
}
