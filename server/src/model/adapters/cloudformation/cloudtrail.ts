// SPDX-License-Identifier: Apache-2.0
// AWS::CloudTrail::Trail. Both flags default to false in CloudFormation, as in the CloudTrail API.

import type { CloudTrail } from '../../aws/cloudtrail';
import { asBool, asString, ResourceReader } from './read';
import type { CfnContext } from './read';

export function cloudTrails(ctx: CfnContext): CloudTrail[] {
  return ctx.ofType('AWS::CloudTrail::Trail').map((r) => {
    const t = new ResourceReader(ctx, r);
    return {
      ...t.base(),
      isMultiRegion: t.attr(['IsMultiRegionTrail'], asBool, { fallback: false }),
      logFileValidation: t.attr(['EnableLogFileValidation'], asBool, { fallback: false }),
      kmsKeyId: t.attr(['KMSKeyId'], asString),
      s3BucketName: t.attr(['S3BucketName'], asString),
      cloudWatchLogsGroupArn: t.attr(['CloudWatchLogsLogGroupArn'], asString),
    };
  });
}
