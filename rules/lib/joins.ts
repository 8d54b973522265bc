// SPDX-License-Identifier: Apache-2.0
// Joins between a resource and the companion resources that name it (a secret and its rotation, a vault
// and its lock), through an index built once per model. A rule checks each resource; scanning every
// companion for each one costs resources × companions, which a module with thousands of each turns into
// minutes. With the index each check is a few lookups (see docs/limits.md, "Joins").

import { memoOn, splitAddress, Unknown } from '../api';
import type { CatalogResource, CloudModel } from '../api';

/** `build()` once per model and key (the model is rebuilt whenever its files change). */
export function perModel<T>(model: CloudModel, key: string, build: () => T): T {
  return memoOn(model, `joins:${key}`, build);
}

/** Companions by the value of one of their attributes, each key to the first companion (in model order) that has it. */
export interface LinkIndex<R extends CatalogResource = CatalogResource> {
  items: readonly R[];
  /** A reference's detail up to each `.` (`aws_x.a` of `aws_x.a.id`): "starts with `address.`" by lookup. */
  byDotPrefix: Map<string, number>;
  /** A reference's whole detail (`the resource Secret`). */
  byDetail: Map<string, number>;
  /** A literal string value. */
  byString: Map<string, number>;
}

/**
 * Indexes `items` by `attr`'s value. Prefixes longer than `maxPrefix` (the longest address they are looked
 * up with) are skipped, which bounds the work for a hostile reference with many dots.
 */
export function linkIndex<R extends CatalogResource>(items: readonly R[], attr: keyof R['attrs'] & string, maxPrefix: number): LinkIndex<R> {
  const index: LinkIndex<R> = { items, byDotPrefix: new Map(), byDetail: new Map(), byString: new Map() };
  const first = (map: Map<string, number>, key: string, i: number): void => {
    if (!map.has(key)) map.set(key, i);
  };
  items.forEach((item, i) => {
    const v = item.attrs[attr]?.value;
    if (typeof v === 'string') first(index.byString, v, i);
    if (!(v instanceof Unknown)) return;
    first(index.byDetail, v.detail, i);
    const d = v.detail;
    for (let j = d.indexOf('.'); j > 0 && j <= maxPrefix; j = d.indexOf('.', j + 1)) first(index.byDotPrefix, d.slice(0, j), i);
  });
  return index;
}

/** The longest address among `resources`, plus room for a `the attribute ` style prefix. */
export function maxAddress(resources: readonly { address: string }[]): number {
  let max = 0;
  for (const r of resources) max = Math.max(max, r.address.length);
  return max + 'the attribute '.length;
}

/** The first of several lookups (the lowest model index), as `items.find` over all of them would give. */
export function firstOf<R extends CatalogResource>(index: LinkIndex<R>, hits: readonly (number | undefined)[]): R | undefined {
  let best: number | undefined;
  for (const h of hits) if (h !== undefined && (best === undefined || h < best)) best = h;
  return best === undefined ? undefined : index.items[best];
}

/**
 * The items of a model list that may refer to a resource, in list order: those with a value that is a
 * reference to the resource's block (`azurerm_key_vault.kv.id`, any instance key), those with a value
 * from outside the module (a variable, a data source, a module output: it may be any resource), and those
 * `always` picks. A join that tests every item against every resource with `refersTo` / `linkTo` and
 * skips literals and other resources' references gets exactly the same items to look at, so its verdicts
 * are the same; the index is built once per model (`key`), and each resource costs a few lookups.
 */
export function referringItems<T>(
  model: CloudModel,
  key: string,
  items: () => readonly T[],
  valuesOf: (item: T) => readonly unknown[],
  always?: (item: T) => boolean,
): (...addresses: string[]) => readonly T[] {
  const index = perModel(model, `referring:${key}`, () => {
    const list = items();
    const byBase = new Map<string, number[]>();
    const open: number[] = [];
    list.forEach((item, i) => {
      let isOpen = always?.(item) ?? false;
      const bases = new Set<string>();
      for (const v of valuesOf(item)) {
        if (!(v instanceof Unknown)) continue;
        if (v.ref.kind === 'resource') bases.add(v.ref.address);
        else isOpen = true;
      }
      if (isOpen) open.push(i);
      else
        {for (const b of bases) {
          const at = byBase.get(b);
          if (at) at.push(i);
          else byBase.set(b, [i]);
        }}
    });
    return { list, byBase, open };
  });
  return (...addresses) => {
    const picked = new Set<number>(index.open);
    for (const a of addresses) for (const i of index.byBase.get(splitAddress(a).base) ?? []) picked.add(i);
    if (picked.size === index.list.length) return index.list;
    return [...picked].sort((x, y) => x - y).map((i) => index.list[i]!);
  };
}
