// SPDX-License-Identifier: Apache-2.0
// AWS::CloudTrail::Trail. Both flags default to false in CloudFormation, as in the CloudTrail API.

import { isObjectValue, Unknown } from '../../../core/value';
import type { CloudTrail, TrailS3DataSelector } from '../../aws/cloudtrail';
import { advancedS3Selector, basicS3Selector, fieldSelectorsOf } from '../../aws/cloudtrail';
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
      ...selectors(t),
    };
  });
}

/** `EventSelectors` and `AdvancedEventSelectors`, item by item (a whole list written as a function is unknown). */
function selectors(t: ResourceReader): Pick<CloudTrail, 'eventSelectorCount' | 'hasAdvancedSelectors' | 's3DataSelectors'> {
  const s3DataSelectors: TrailS3DataSelector[] = [];
  let count = 0;
  let hasAdvanced = false;
  for (const [prop, advanced] of [['EventSelectors', false], ['AdvancedEventSelectors', true]] as const) {
    const all = t.attr<unknown>([prop], (v) => v);
    if (!all.present) continue;
    if (advanced) hasAdvanced = true;
    const list = all.raw;
    if (!Array.isArray(list)) {
      const u = list instanceof Unknown ? list : new Unknown('type-error', all.ref.span, `expected a list of ${prop}`);
      count++;
      s3DataSelectors.push({ ref: all.ref, logsReads: u, logsWrites: u });
      continue;
    }
    list.forEach((item, i) => {
      count++;
      const node = t.node([prop, String(i)]);
      const ref = node ? t.ctx.ref(node) : all.ref;
      if (item instanceof Unknown || !isObjectValue(item)) {
        const u = item instanceof Unknown ? item : new Unknown('type-error', ref.span, `expected a map in ${prop}`);
        s3DataSelectors.push({ ref, logsReads: u, logsWrites: u });
        return;
      }
      let s: TrailS3DataSelector | null;
      if (advanced) {
        s = advancedS3Selector(ref, fieldSelectorsOf(item['FieldSelectors'] ?? []), ref.span);
      } else {
        const resources = item['DataResources'];
        const types = Array.isArray(resources) ? resources.map((d) => (isObjectValue(d) ? (d['Type'] ?? null) : d)) : resources instanceof Unknown ? [resources] : [];
        s = basicS3Selector(ref, item['ReadWriteType'], types);
      }
      if (s) s3DataSelectors.push(s);
    });
  }
  return { eventSelectorCount: count, hasAdvancedSelectors: hasAdvanced, s3DataSelectors };
}
