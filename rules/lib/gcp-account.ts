// SPDX-License-Identifier: Apache-2.0
// Shared pieces of the Google Cloud account-level (project/organization) rules: reading list settings that
// may be unknown, and the one place their fixes add resources (Terraform only: there is no other way to
// write Google Cloud resources here).

import { Unknown } from '../api';
import type { Attr, CloudModel, FixSafety, FixValue, PlannedFix, Value } from '../api';
import { addResourcesFix } from './account-controls';

/** Strings of a list setting: known items, or the Unknown that hides the list or an item. */
export function stringsOf(a: Attr<Value>): string[] | Unknown {
  const v = a.value;
  if (v instanceof Unknown) return v;
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) return typeof v === 'string' ? [v] : [];
  const out: string[] = [];
  for (const x of v) {
    if (x instanceof Unknown) return x;
    if (typeof x === 'string') out.push(x);
  }
  return out;
}

/** A fix that adds one Terraform resource after the module's last resource. */
export function addGcpResource(model: CloudModel, id: string, title: string, safety: FixSafety, type: string, name: string, values: [string[], FixValue][]): PlannedFix[] {
  return addResourcesFix(model, 'terraform', id, title, safety, [{ terraform: { type, name, values } }]);
}
