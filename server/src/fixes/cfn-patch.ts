// SPDX-License-Identifier: Apache-2.0
// What a CloudFormation fix writes into one resource, as a tree merged from all of its ops before any text
// is produced: several ops touching the same map (four public access block flags) then become one edit per
// map instead of overlapping insertions.
//
// Paths are property names under `Properties`; a numeric segment ('0') is a list index: it walks into that
// item when the list has it, and otherwise makes the list (or appends to it) with that one item. An
// `object` value merges into an existing map key by key rather than replacing it, so setting a whole
// configuration leaves the user's other keys alone and re-applying a fix changes nothing.

import type { FixValue } from '../model/edit-target';

/** A value (never an `object`: those are spread into `map` patches), a map by key, or list items by index. */
export type Patch =
  | { kind: 'value'; value: FixValue }
  | { kind: 'map'; entries: Map<string, Patch> }
  | { kind: 'list'; items: Map<number, Patch> };

export type MapPatch = Extract<Patch, { kind: 'map' }>;

export function emptyMapPatch(): MapPatch {
  return { kind: 'map', entries: new Map() };
}

const INDEX = /^\d+$/;

/** Sets `value` at `path` under `root`; a later op on the same path wins. */
export function addToPatch(root: MapPatch, path: readonly string[], value: FixValue): void {
  if (path.length === 0) {
    // The whole map: only an object can be written there.
    const v = unwrap(value);
    if (v.kind === 'object') for (const [k, x] of v.entries) setChild(root, k, leaf([k], x), false);
    return;
  }
  let current: Patch = root;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    const last = i === path.length - 1;
    const child = last ? leaf(path, value) : INDEX.test(path[i + 1]!) ? listPatch() : emptyMapPatch();
    current = setChild(current, step, child, !last);
  }
}

function listPatch(): Patch {
  return { kind: 'list', items: new Map() };
}

/**
 * Puts `child` under `step` of `parent`. An intermediate step keeps an existing patch of the same kind
 * (so paths merge); a leaf replaces, except that a map leaf merges into an existing map.
 */
function setChild(parent: Patch, step: string, child: Patch, intermediate: boolean): Patch {
  if (parent.kind === 'value') return child;
  const existing = parent.kind === 'map' ? parent.entries.get(step) : parent.items.get(Number(step));
  let next = child;
  if (existing && existing.kind === child.kind && (intermediate || child.kind === 'map')) next = merge(existing, child);
  if (parent.kind === 'map') parent.entries.set(step, next);
  else parent.items.set(Number(step), next);
  return next;
}

function merge(into: Patch, from: Patch): Patch {
  if (into.kind === 'map' && from.kind === 'map') {
    for (const [k, v] of from.entries) setChild(into, k, v, false);
  } else if (into.kind === 'list' && from.kind === 'list') {
    for (const [k, v] of from.items) setChild(into, String(k), v, false);
  }
  return into;
}

/** The patch for a value written at `path`: objects spread into maps so they merge. */
function leaf(path: readonly string[], value: FixValue): Patch {
  const v = forProperty(path, unwrap(value));
  if (v.kind !== 'object') return { kind: 'value', value: v };
  const map = emptyMapPatch();
  for (const [k, x] of v.entries) setChild(map, k, leaf([...path, k], x), false);
  return map;
}

/** A JSON document is written as the map itself in CloudFormation (PolicyDocument is a map, not a string). */
function unwrap(v: FixValue): FixValue {
  return v.kind === 'jsonencode' ? unwrap(v.value) : v;
}

/**
 * Rules set the model's value (versioning `enabled: true`); a few CloudFormation properties spell that
 * value differently. Keyed by the last two path segments.
 */
const BOOLEAN_SPELLINGS: ReadonlyMap<string, { true: string; false: string }> = new Map([
  ['VersioningConfiguration.Status', { true: 'Enabled', false: 'Suspended' }],
]);

function forProperty(path: readonly string[], v: FixValue): FixValue {
  if (v.kind !== 'literal' || typeof v.value !== 'boolean') return v;
  const spelling = BOOLEAN_SPELLINGS.get(path.slice(-2).join('.'));
  return spelling ? { kind: 'literal', value: v.value ? spelling.true : spelling.false } : v;
}

/** The patch as a plain value, for writing where nothing exists yet (list items in index order). */
export function patchValue(p: Patch): FixValue {
  switch (p.kind) {
    case 'value':
      return p.value;
    case 'map':
      return { kind: 'object', entries: [...p.entries].map(([k, v]) => [k, patchValue(v)]) };
    case 'list':
      return { kind: 'list', items: [...p.items].sort((a, b) => a[0] - b[0]).map(([, v]) => patchValue(v)) };
  }
}
