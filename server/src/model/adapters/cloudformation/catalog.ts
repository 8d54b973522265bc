// SPDX-License-Identifier: Apache-2.0
// Catalog kinds from CloudFormation: each resource of a listed type, each setting read at its property path.

import { converterFor } from '../../attr';
import { CATALOG } from '../../catalog';
import type { CatalogAttr, CatalogKind, CatalogList } from '../../catalog';
import type { CatalogItems, CatalogNewEntry, CatalogResource } from '../../aws/catalog-resource';
import type { Attr } from '../../attr';
import { absentAttr } from '../../attr';
import { Unknown } from '../../../core/value';
import { mapGet, scalarString } from '../../../parsers/cfn';
import type { CfnContext, Convert } from './read';
import { ResourceReader } from './read';
import type { SourceRef } from '../../source';

function read(r: ResourceReader, spec: CatalogAttr, prefix: readonly string[] = [], absentRef = r.ref): Attr<unknown> {
  const a = readWritable(r, spec, prefix, absentRef);
  return spec.readOnly ? { ...a, location: null } : a;
}

function readWritable(r: ResourceReader, spec: CatalogAttr, prefix: readonly string[], absentRef: SourceRef): Attr<unknown> {
  if (!spec.cloudformation) return { value: undefined, present: false, ref: absentRef, raw: undefined, location: null };
  const fallback = spec.cloudformationDefault ?? spec.default;
  const path = [...prefix, ...spec.cloudformation];
  if (spec.cloudformationKey !== undefined) return readKeyed(r, path, spec.cloudformationKey, spec, fallback);
  return r.attr(path, (converterFor(spec.type) as Convert<unknown>), fallback === undefined ? { absentRef } : { fallback, absentRef });
}

/**
 * The `Value` of the `{Key, Value}` entry with `key` in the list at `path`. When no entry has the key the
 * Attr is absent with no location (a plain set cannot create the entry's `Key`); the resource's
 * `newEntries` says where a whole new entry would go.
 */
function readKeyed(r: ResourceReader, path: string[], key: string, spec: CatalogAttr, fallback: string | number | boolean | undefined): Attr<unknown> {
  const options = fallback === undefined ? {} : { fallback };
  const list = r.node(path);
  if (list === undefined) {
    // No list yet, or written through a function: read on in the value (an Unknown when it is one).
    const whole = r.attr(path, (v) => v);
    if (whole.value instanceof Unknown) return { ...whole, location: null };
    return absentAttr(r.ref, null, fallback);
  }
  if (list.type !== 'Sequence') {
    const whole = r.attr(path, (v) => v);
    const value = whole.value instanceof Unknown ? whole.value : new Unknown('type-error', whole.ref.span, `expected a list of Key/Value pairs in ${path.join('.')}`);
    return { ...whole, value, location: null };
  }
  for (let i = 0; i < list.items.length; i++) {
    const item = list.items[i]!;
    if (scalarString(mapGet(item, 'Key')) === key) return r.attr([...path, String(i), 'Value'], (converterFor(spec.type) as Convert<unknown>), options);
  }
  // A computed entry (`Key: !Ref X`, an `!If` item) might be the one.
  for (const item of list.items) {
    const v = r.value(item);
    if (v instanceof Unknown) return { ...r.attr(path, (x) => x), value: v, location: null };
    const k = item.type === 'Map' ? mapGet(item, 'Key') : undefined;
    if (k !== undefined) {
      const kv = r.value(k);
      if (kv instanceof Unknown) return { ...r.attr(path, (x) => x), value: kv, location: null };
    }
  }
  return absentAttr(r.ref, null, fallback);
}

/** Where new `{Key, Value}` entries go for the keyed attrs that are absent: after the list's items, in attr order. */
function newEntries(r: ResourceReader, kind: CatalogKind, attrs: Record<string, Attr<unknown>>): Record<string, CatalogNewEntry> | undefined {
  let out: Record<string, CatalogNewEntry> | undefined;
  const next = new Map<string, number>();
  for (const [name, spec] of Object.entries(kind.attrs)) {
    if (spec.cloudformationKey === undefined || !spec.cloudformation || attrs[name]!.present) continue;
    const node = r.node(spec.cloudformation);
    if (node !== undefined && node.type !== 'Sequence') continue;
    if (node === undefined && r.attr(spec.cloudformation, (v) => v).present) continue;
    const listKey = spec.cloudformation.join('.');
    const index = next.get(listKey) ?? (node?.type === 'Sequence' ? node.items.length : 0);
    next.set(listKey, index + 1);
    out ??= {};
    out[name] = { key: spec.cloudformationKey, location: { target: r.target, path: [...spec.cloudformation, String(index)] } };
  }
  return out;
}

/** A list of maps: each item's attrs; a list written through a function is unknown. */
function readList(r: ResourceReader, spec: CatalogList): CatalogItems {
  if (!spec.cloudformation) return { items: [], unknown: null };
  const node = r.node(spec.cloudformation);
  if (node === undefined || node.type !== 'Sequence') {
    const whole = r.attr(spec.cloudformation, (v) => v);
    if (!whole.present) return { items: [], unknown: null };
    const unknown = whole.value instanceof Unknown ? whole.value : new Unknown('expression', whole.ref.span, `${spec.cloudformation.join('.')} (not a plain list)`);
    return { items: [], unknown };
  }
  const items = node.items.map((item, i) => {
    const itemRef = r.ctx.ref(item);
    const attrs: Record<string, Attr<unknown>> = {};
    for (const [name, a] of Object.entries(spec.attrs)) attrs[name] = read(r, a, [...spec.cloudformation!, String(i)], itemRef);
    return { ref: itemRef, attrs };
  });
  return { items, unknown: null };
}

export function catalogResources(ctx: CfnContext, catalog: readonly CatalogKind[] = CATALOG): Record<string, CatalogResource[]> {
  const out: Record<string, CatalogResource[]> = {};
  for (const kind of catalog) {
    out[kind.kind] = (kind.cloudformation ?? []).flatMap((t) =>
      ctx.ofType(t).map((res) => {
        const r = new ResourceReader(ctx, res);
        const attrs: Record<string, Attr<unknown>> = {};
        for (const [name, spec] of Object.entries(kind.attrs)) attrs[name] = read(r, spec);
        const out: CatalogResource = { ...r.base(), kind: kind.kind, attrs };
        const entries = newEntries(r, kind, attrs);
        if (entries) out.newEntries = entries;
        if (kind.lists) {
          const lists: Record<string, CatalogItems> = {};
          for (const [name, spec] of Object.entries(kind.lists)) lists[name] = readList(r, spec);
          out.lists = lists;
        }
        return out;
      }),
    );
  }
  return out;
}
