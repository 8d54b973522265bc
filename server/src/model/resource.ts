// SPDX-License-Identifier: Apache-2.0
// What every model resource has, whichever language declared it.

import type { EditTarget } from './edit-target';
import type { Platform, SourceRef } from './source';

export interface ModelResource {
  readonly platform: Platform;
  /** `aws_s3_bucket.logs` in Terraform, the logical id in CloudFormation. */
  readonly address: string;
  /** The type as written: `aws_s3_bucket`, `AWS::S3::Bucket`. */
  readonly sourceType: string;
  /** The resource's header (block type and labels / logical id): where findings on missing settings go. */
  readonly ref: SourceRef;
  /** The resource itself, for fixes that add to it. */
  readonly target: EditTarget;
}
