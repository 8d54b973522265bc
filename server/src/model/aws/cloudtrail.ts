// SPDX-License-Identifier: Apache-2.0
import type { Attr } from '../attr';
import type { ModelResource } from '../resource';

export interface CloudTrail extends ModelResource {
  isMultiRegion: Attr<boolean>;
  logFileValidation: Attr<boolean>;
  kmsKeyId: Attr<string>;
  s3BucketName: Attr<string>;
  cloudWatchLogsGroupArn: Attr<string>;
}
