// SPDX-License-Identifier: Apache-2.0
// Joins between S3 buckets and the values that name them (a trail's bucket, a logging target), and the
// access-logging fix shared by the S3 and CloudTrail rules.

import { localName, placeholder, spelled, Unknown } from '../api';
import type { CloudModel, FixValue, PlannedFix, S3Bucket, Value } from '../api';

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

/**
 * The keys a value can name a bucket by (`namesBucket(v, b)` exactly when `namedKeys(v)` and
 * `bucketKeys(b)` share one): a literal name, or each prefix of a reference that could be a bucket's
 * address (`aws_s3_bucket.logs` in `aws_s3_bucket.logs[0].id`; `Logs` in `the attribute Logs.Arn`).
 * Prefixes longer than the longest address are skipped, which bounds the work on a hostile reference.
 */
function namedKeys(v: Value | undefined, maxAddress: number): string[] {
  if (typeof v === 'string') return [`s:${v}`];
  if (!(v instanceof Unknown) || v.reason !== 'reference') return [];
  const d = v.detail;
  const out = [`t:${d}`];
  for (let i = 1; i < d.length && i <= maxAddress; i++) if (d[i] === '.' || d[i] === '[') out.push(`t:${d.slice(0, i)}`);
  if (d.startsWith('the resource ')) out.push(`c:${d.slice('the resource '.length)}`);
  if (d.startsWith('the attribute ')) {
    const rest = d.slice('the attribute '.length);
    for (let i = 1; i < rest.length && i <= maxAddress; i++) if (rest[i] === '.') out.push(`c:${rest.slice(0, i)}`);
  }
  return out;
}

function bucketKeys(b: S3Bucket): string[] {
  const out = [`${spelled(b, 't', 'c')}:${b.address}`];
  if (typeof b.name.value === 'string') out.push(`s:${b.name.value}`);
  return out;
}

/** Buckets by the keys that name them, built once per model, so joins cost one lookup per value. */
interface BucketIndex {
  maxAddress: number;
  /** Key → index of the first bucket with that key. */
  first: Map<string, number>;
  /** Key → up to two buckets whose logging target names it (enough to know "some bucket other than b"). */
  loggedBy: Map<string, S3Bucket[]>;
}

const indexes = new WeakMap<readonly S3Bucket[], BucketIndex>();

function bucketIndex(model: CloudModel): BucketIndex {
  const buckets = model.aws.s3Buckets;
  let index = indexes.get(buckets);
  if (index) return index;
  index = { maxAddress: 0, first: new Map(), loggedBy: new Map() };
  for (const b of buckets) index.maxAddress = Math.max(index.maxAddress, b.address.length);
  buckets.forEach((b, i) => {
    for (const k of bucketKeys(b)) if (!index!.first.has(k)) index!.first.set(k, i);
  });
  for (const b of buckets) {
    if (!b.logging.targetBucket.present) continue;
    for (const k of new Set(namedKeys(b.logging.targetBucket.value as Value, index.maxAddress))) {
      const list = index.loggedBy.get(k) ?? [];
      if (list.length < 2) list.push(b);
      index.loggedBy.set(k, list);
    }
  }
  indexes.set(buckets, index);
  return index;
}

/** The bucket of the same module/template that `v` names, if any (the first in model order). */
export function findBucket(model: CloudModel, v: Value | undefined): S3Bucket | undefined {
  const index = bucketIndex(model);
  let first: number | undefined;
  for (const k of namedKeys(v, index.maxAddress)) {
    const i = index.first.get(k);
    if (i !== undefined && (first === undefined || i < first)) first = i;
  }
  return first === undefined ? undefined : model.aws.s3Buckets[first];
}

/** Whether some other bucket of the model delivers its access logs into `bucket` (a log bucket). */
export function isLogTarget(model: CloudModel, bucket: S3Bucket): boolean {
  const index = bucketIndex(model);
  return bucketKeys(bucket).some((k) => (index.loggedBy.get(k) ?? []).some((b) => b !== bucket));
}

/**
 * Turns on server access logging for `bucket`, into a log bucket only the user knows (a placeholder
 * variable / parameter). Terraform's `aws_s3_bucket_logging` also needs `target_prefix`.
 */
export function accessLoggingFix(bucket: S3Bucket): PlannedFix[] {
  const target = bucket.logging.targetBucket;
  if (!target.location) return [];
  const logBucket: FixValue = placeholder(bucket, 'access_log_bucket', 'Name of the S3 bucket that receives server access logs');
  const path = target.location.path;
  const prefixPath = bucket.platform === 'terraform' ? [...path.slice(0, -1), 'target_prefix'] : [...path.slice(0, -1), 'LogFilePrefix'];
  const name = localName(bucket);
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
