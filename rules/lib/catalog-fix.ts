// SPDX-License-Identifier: Apache-2.0
// Fix helpers for catalog settings that need more than one plain "set": a CloudFormation `{Key, Value}`
// entry (catalog `cloudformationKey`) that does not exist yet, and fixes that set several settings at once.

import { lit, obj } from '../api';
import type { CatalogResource, FixOp, FixSafety, FixValue, PlannedFix } from '../api';

/**
 * The op that writes `value` for the setting `name` of `res`: at the Attr's location, or, for an absent
 * CloudFormation `{Key, Value}` setting, as a new entry of its list. Null when it cannot be written.
 */
export function opsFor(res: CatalogResource, name: string, value: FixValue): FixOp[] | null {
  const attr = res.attrs[name];
  if (attr?.location) return [{ op: 'set', location: attr.location, value }];
  const entry = res.newEntries?.[name];
  if (entry) return [{ op: 'set', location: entry.location, value: obj(['Key', lit(entry.key)], ['Value', value]) }];
  return null;
}

/** One planned fix out of several writes; no fix when any of them cannot be written. */
export function multiFix(id: string, title: string, safety: FixSafety, writes: (FixOp[] | null)[]): PlannedFix[] {
  if (writes.some((w) => w === null)) return [];
  return [{ id, title, safety, ops: writes.flatMap((w) => w ?? []) }];
}
