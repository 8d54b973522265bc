// SPDX-License-Identifier: Apache-2.0
// Shared pieces of the Google Cloud (google / google-beta) rules: the metadata every rule repeats (CIS GCP
// id and level, mapping by control concept, Terraform-only resource types), and reading and fixing keys of
// a Compute Engine `metadata` map (`block-project-ssh-keys`, `enable-oslogin`, `serial-port-enable`).

import { byConcept, isObjectValue, lit, obj, Unknown } from '../api';
import type { Attr, ConceptId, FixValue, PlannedFix, RuleMeta, Value } from '../api';
import { valueText } from './checks';

/** The part of a GCP rule's metadata the rule itself writes. */
export type GcpMetaInput = Pick<RuleMeta, 'id' | 'name' | 'title' | 'description' | 'rationale' | 'remediation' | 'severity' | 'links' | 'aliases' | 'fix'> & {
  /** CIS GCP 5.0.0 recommendation ids and their (common) profile level. */
  cis: string[];
  level: 1 | 2;
  concept: ConceptId;
  /** A sentence the mapping note adds. */
  remark?: string;
  terraform: string[];
};

export function gcpMeta(m: GcpMetaInput): RuleMeta {
  const { cis, level, concept, remark, terraform, ...rest } = m;
  const mapping = byConcept(concept, remark ? { cis: { 'cis-gcp-5.0.0': cis }, remark } : { cis: { 'cis-gcp-5.0.0': cis } });
  return { ...rest, frameworks: mapping.frameworks, mappingNote: mapping.mappingNote, levels: { 'cis-gcp-5.0.0': level }, resourceTypes: { terraform } };
}

/** Compute Engine reads boolean metadata values case-insensitively; these are its spellings of true and false. */
const TRUE = new Set(['true', '1', 'y', 'yes']);
const FALSE = new Set(['false', '0', 'n', 'no']);

/** One key of a metadata map: absent, unknown (the map or the value), or its truth value (null: neither). */
export type MetadataKey = { state: 'absent' } | { state: 'unknown'; unknown: Unknown } | { state: 'known'; value: boolean | null; written: Value };

export function metadataKey(metadata: Attr<unknown>, key: string): MetadataKey {
  const m = metadata.value as Value | undefined;
  if (!metadata.present || m === undefined || m === null) return { state: 'absent' };
  if (m instanceof Unknown) return { state: 'unknown', unknown: m };
  if (!isObjectValue(m)) return { state: 'absent' };
  if (!Object.prototype.hasOwnProperty.call(m, key)) {
    // A map built with unknown keys may still hold it: only a fully literal map says "absent".
    return { state: 'absent' };
  }
  const v = m[key]!;
  if (v instanceof Unknown) return { state: 'unknown', unknown: v };
  if (typeof v === 'boolean') return { state: 'known', value: v, written: v };
  const s = valueText(v).trim().toLowerCase();
  return { state: 'known', value: TRUE.has(s) ? true : FALSE.has(s) ? false : null, written: v };
}

const KEY_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function literalOf(v: Value): FixValue | null {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return lit(v);
  return null;
}

/**
 * A fix that sets `key` to `value` in a `metadata` map: the map is written anew with its other entries
 * kept, so only maps of literal values (no references, functions or odd key names) are rewritten.
 */
export function metadataFix(metadata: Attr<unknown>, key: string, value: string, id: string, title: string, safety: PlannedFix['safety']): PlannedFix[] {
  if (!metadata.location) return [];
  const m = metadata.value as Value | undefined;
  const entries: [string, FixValue][] = [];
  if (metadata.present && m !== undefined && m !== null) {
    if (!isObjectValue(m)) return [];
    for (const [k, v] of Object.entries(m)) {
      if (k === key) continue;
      const l = literalOf(v);
      if (!l || !KEY_NAME.test(k)) return [];
      entries.push([k, l]);
    }
  }
  entries.push([key, lit(value)]);
  return [{ id, title, safety, ops: [{ op: 'set', location: metadata.location, value: obj(...entries) }] }];
}

/** Links every Compute Engine rule shares. */
export const INSTANCE_TYPES = ['google_compute_instance', 'google_compute_instance_template', 'google_compute_region_instance_template'];
