// SPDX-License-Identifier: Apache-2.0
import { isObjectValue, Unknown } from '../../core/value';
import type { Value } from '../../core/value';
import type { Span } from '../../core/span';
import type { Attr } from '../attr';
import type { ModelResource } from '../resource';
import type { SourceRef } from '../source';

export interface CloudTrail extends ModelResource {
  isMultiRegion: Attr<boolean>;
  logFileValidation: Attr<boolean>;
  kmsKeyId: Attr<string>;
  s3BucketName: Attr<string>;
  cloudWatchLogsGroupArn: Attr<string>;
  /** Event selectors written on the trail, basic and advanced (0: the default, management events only). */
  eventSelectorCount: number;
  /** Whether the trail uses advanced event selectors (then basic ones cannot be added). */
  hasAdvancedSelectors: boolean;
  /** The selectors that log S3 object-level (data) events, or may (their coverage is unknown). */
  s3DataSelectors: TrailS3DataSelector[];
}

export interface TrailS3DataSelector {
  /** The selector block or list item. */
  ref: SourceRef;
  /** Whether read events (GetObject, ...) of S3 objects are logged. */
  logsReads: boolean | Unknown;
  /** Whether write events (PutObject, DeleteObject, ...) of S3 objects are logged. */
  logsWrites: boolean | Unknown;
}

const S3_OBJECT = 'AWS::S3::Object';

/**
 * A basic event selector: `read_write_type` / `ReadWriteType` (default All) and the types of its data
 * resources. Null when it does not cover S3 objects.
 */
export function basicS3Selector(ref: SourceRef, readWriteType: Value | undefined, types: Value[]): TrailS3DataSelector | null {
  const unknownType = types.find((t): t is Unknown => t instanceof Unknown);
  if (!types.includes(S3_OBJECT)) {
    if (!unknownType) return null;
    return { ref, logsReads: unknownType, logsWrites: unknownType };
  }
  const rwt = readWriteType ?? 'All';
  if (rwt instanceof Unknown) return { ref, logsReads: rwt, logsWrites: rwt };
  return { ref, logsReads: rwt === 'All' || rwt === 'ReadOnly', logsWrites: rwt === 'All' || rwt === 'WriteOnly' };
}

/**
 * An advanced event selector, as its field selectors (field name → `equals` values). It logs S3 object
 * data events when `eventCategory` equals Data and `resources.type` equals AWS::S3::Object; `readOnly`
 * equal to true logs reads only, false writes only, absent both.
 */
export function advancedS3Selector(ref: SourceRef, fields: { field: Value; equals: Value | undefined }[], span: Span): TrailS3DataSelector | null {
  const unknown = fields.map((f) => (f.field instanceof Unknown ? f.field : f.equals instanceof Unknown ? f.equals : null)).find((u) => u !== null);
  if (unknown) return { ref, logsReads: unknown, logsWrites: unknown };
  const equals = (name: string): string[] | undefined => {
    const f = fields.find((x) => x.field === name);
    if (!f) return undefined;
    const v = f.equals;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
  };
  const category = equals('eventCategory');
  const types = equals('resources.type');
  if (!category?.includes('Data') || !types?.includes(S3_OBJECT)) return null;
  const readOnly = equals('readOnly');
  if (readOnly === undefined || readOnly.length === 0) return { ref, logsReads: true, logsWrites: true };
  const reads = readOnly.includes('true');
  const writes = readOnly.includes('false');
  if (!reads && !writes) {
    const u = new Unknown('type-error', span, `unexpected readOnly value ${JSON.stringify(readOnly)}`);
    return { ref, logsReads: u, logsWrites: u };
  }
  return { ref, logsReads: reads, logsWrites: writes };
}

/** Plain-value form (CloudFormation): `[{Field, Equals}]` of one AdvancedEventSelector. */
export function fieldSelectorsOf(v: Value): { field: Value; equals: Value | undefined }[] {
  if (!Array.isArray(v)) return v instanceof Unknown ? [{ field: v, equals: undefined }] : [];
  return v.map((x) => (isObjectValue(x) ? { field: x['Field'] ?? null, equals: x['Equals'] } : x instanceof Unknown ? { field: x, equals: undefined } : { field: null, equals: undefined }));
}
