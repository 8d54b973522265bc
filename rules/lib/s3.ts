// SPDX-License-Identifier: Apache-2.0
// Joins between S3 buckets and the values that name them (a trail's bucket, a logging target), and the
// access-logging fix shared by the S3 and CloudTrail rules.

import { Unknown } from '../../server/src/core/value';
import type { Value } from '../../server/src/core/value';
import type { S3Bucket } from '../../server/src/model/aws/s3';
import type { CloudModel } from '../../server/src/model/model';
import type { FixValue } from '../../server/src/model/edit-target';
import type { PlannedFix } from '../../server/src/engine/rule-api';

/**
 * Whether `v` names `bucket`: its literal name, or a reference to it (`aws_s3_bucket.logs.id` /
 * `.bucket` in Terraform, `!Ref Logs` / `!GetAtt Logs.Arn` in CloudFormation).
 */
export function namesBucket(v: Value | undefined, bucket: S3Bucket): boolean {
  if (typeof v === 'string') return typeof bucket.name.value === 'string' && bucket.name.value === v;
  if (!(v instanceof Unknown) || v.reason !== 'reference') return false;
  if (bucket.platform === 'terraform') return v.detail === bucket.address || v.detail.startsWith(`${bucket.address}.`) || v.detail.startsWith(`${bucket.address}[`);
  return v.detail === `the resource ${bucket.address}` || v.detail.startsWith(`the attribute ${bucket.address}.`);
}

/** The bucket of the same module/template that `v` names, if any. */
export function findBucket(model: CloudModel, v: Value | undefined): S3Bucket | undefined {
  return model.aws.s3Buckets.find((b) => namesBucket(v, b));
}

/** Whether some other bucket of the model delivers its access logs into `bucket` (a log bucket). */
export function isLogTarget(model: CloudModel, bucket: S3Bucket): boolean {
  return model.aws.s3Buckets.some((b) => b !== bucket && b.logging.targetBucket.present && namesBucket(b.logging.targetBucket.value as Value, bucket));
}

/**
 * Turns on server access logging for `bucket`, into a log bucket only the user knows (a placeholder
 * variable / parameter). Terraform's `aws_s3_bucket_logging` also needs `target_prefix`.
 */
export function accessLoggingFix(bucket: S3Bucket): PlannedFix[] {
  const target = bucket.logging.targetBucket;
  if (!target.location) return [];
  const logBucket: FixValue = { kind: 'placeholder', name: bucket.platform === 'terraform' ? 'access_log_bucket' : 'AccessLogBucket', description: 'Name of the S3 bucket that receives server access logs' };
  const path = target.location.path;
  const prefixPath = bucket.platform === 'terraform' ? [...path.slice(0, -1), 'target_prefix'] : [...path.slice(0, -1), 'LogFilePrefix'];
  const name = bucket.address.split('.').pop()!;
  return [
    {
      id: 'enable-access-logging',
      title: 'Send server access logs to a log bucket',
      safety: 'unsafe',
      ops: [
        { op: 'set', location: target.location, value: logBucket },
        { op: 'set', location: { target: target.location.target, path: prefixPath }, value: { kind: 'literal', value: `${name}/` } },
      ],
    },
  ];
}
