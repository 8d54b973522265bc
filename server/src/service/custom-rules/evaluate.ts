// SPDX-License-Identifier: Apache-2.0
// Judges one resource against a custom rule's condition, in three values: holds, fails (with the attribute
// or resource to blame and why, in words), or unknown (with the Unknown it depends on). As in the built-in
// rules, an unknown value is never a pass and never a violation: `all` fails when any part fails and is
// unknown when any part is unknown; `any` holds when any part holds and is unknown when any part is.

import { Unknown, firstUnknown, showValue } from '../../core/value';
import type { Value } from '../../core/value';
import type { Attr } from '../../model/attr';
import type { CloudModel } from '../../model/model';
import type { ModelResource } from '../../model/resource';
import { attrOf, resourcesOf } from './kinds';
import type { KindAttr, KindInfo } from './kinds';
import type { Condition, Scalar, Test } from './schema';

export type Blame = Attr<unknown> | ModelResource;

export type Outcome = { v: 'holds' } | { v: 'fails'; at: Blame; why: string } | { v: 'unknown'; at: Blame; unknown: Unknown; what: string };

const HOLDS: Outcome = { v: 'holds' };

/** How an attribute is written in the resource's language (for messages). */
export function writtenName(resource: ModelResource, name: string, info: KindAttr): string {
  return (resource.platform === 'terraform' ? info.terraform : info.cloudformation) ?? name;
}

export function evaluate(cond: Condition, resource: ModelResource, kind: KindInfo, model: CloudModel): Outcome {
  switch (cond.kind) {
    case 'all': {
      let unknown: Outcome | undefined;
      for (const c of cond.items) {
        const o = evaluate(c, resource, kind, model);
        if (o.v === 'fails') return o;
        if (o.v === 'unknown') unknown ??= o;
      }
      return unknown ?? HOLDS;
    }
    case 'any': {
      let unknown: Outcome | undefined;
      const whys: string[] = [];
      for (const c of cond.items) {
        const o = evaluate(c, resource, kind, model);
        if (o.v === 'holds') return o;
        if (o.v === 'unknown') unknown ??= o;
        else whys.push(o.why);
      }
      return unknown ?? { v: 'fails', at: resource, why: `none of the alternatives holds: ${whys.join('; ')}` };
    }
    case 'not': {
      const o = evaluate(cond.item, resource, kind, model);
      if (o.v === 'unknown') return o;
      return o.v === 'fails' ? HOLDS : { v: 'fails', at: resource, why: `it matches what the rule forbids (${describeCondition(cond.item, resource)})` };
    }
    case 'attribute':
      return attributeOutcome(cond, resource, kind);
    case 'referencedBy':
      return referencedBy(cond, resource, kind, model);
    case 'refersTo':
      return refersTo(cond, resource, kind, model);
  }
}

function attributeOutcome(cond: Extract<Condition, { kind: 'attribute' }>, resource: ModelResource, kind: KindInfo): Outcome {
  const attr = attrOf(resource, kind, cond.attribute);
  const name = writtenName(resource, cond.attribute, cond.info);
  const at: Blame = attr ?? resource;
  const present = attr?.present ?? false;
  const { test } = cond;
  if (test.op === 'exists') {
    if (present === test.value) return HOLDS;
    return { v: 'fails', at, why: test.value ? `${name} is not set` : `${name} is set` };
  }
  const value = attr?.value as Value | undefined;
  const unknown = value === undefined ? null : value instanceof Unknown ? value : firstUnknown(value);
  if (unknown) return { v: 'unknown', at, unknown, what: name };
  if (value === undefined || value === null) return { v: 'fails', at, why: `${name} is not set (expected ${describeTest(test)})` };
  if (passes(test, value)) return HOLDS;
  return { v: 'fails', at, why: `${name} is ${showValue(value)}${present ? '' : ' by default'} (expected ${describeTest(test)})` };
}

function same(a: Value, b: Scalar): boolean {
  if (a === b) return true;
  // Values of untyped settings keep how they were written ("3" in YAML, 3 in HCL): compare as text.
  return (typeof a === 'string' || typeof a === 'number' || typeof a === 'boolean') && typeof a !== typeof b && String(a) === String(b);
}

function asNumber(v: Value): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return null;
}

function passes(test: Exclude<Test, { op: 'exists' }>, value: Value): boolean {
  switch (test.op) {
    case 'equals':
      if (Array.isArray(test.value)) {
        const want = test.value;
        return Array.isArray(value) && value.length === want.length && value.every((x, i) => same(x, want[i]!));
      }
      return same(value, test.value);
    case 'in':
      // A list setting is "in" when every item is one of the values.
      return Array.isArray(value) ? value.every((x) => test.values.some((w) => same(x, w))) : test.values.some((w) => same(value, w));
    case 'matches':
      return (typeof value === 'string' || typeof value === 'number') && test.matcher.test(String(value));
    default: {
      const n = asNumber(value);
      if (n === null) return false;
      return test.op === 'gt' ? n > test.value : test.op === 'gte' ? n >= test.value : test.op === 'lt' ? n < test.value : n <= test.value;
    }
  }
}

export function describeTest(test: Test): string {
  switch (test.op) {
    case 'equals':
      return Array.isArray(test.value) ? `[${test.value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(test.value);
    case 'in':
      return `one of ${test.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'exists':
      return test.value ? 'set' : 'not set';
    case 'matches':
      return `a match of /${test.source}/`;
    case 'gt':
      return `more than ${test.value}`;
    case 'gte':
      return `at least ${test.value}`;
    case 'lt':
      return `less than ${test.value}`;
    case 'lte':
      return `at most ${test.value}`;
  }
}

function describeCondition(cond: Condition, resource: ModelResource): string {
  switch (cond.kind) {
    case 'attribute':
      return `${writtenName(resource, cond.attribute, cond.info)} ${cond.test.op === 'exists' ? 'is' : 'is'} ${describeTest(cond.test)}`;
    case 'all':
      return cond.items.map((c) => describeCondition(c, resource)).join(' and ');
    case 'any':
      return cond.items.map((c) => describeCondition(c, resource)).join(' or ');
    case 'not':
      return `not (${describeCondition(cond.item, resource)})`;
    case 'referencedBy':
      return `a ${cond.companion.name} refers to it`;
    case 'refersTo':
      return `${cond.attribute} refers to a ${cond.target.name}`;
  }
}

/** An address without instance keys (`aws_x.a["k"]` → `aws_x.a`), as references name resources. */
function baseAddress(address: string): string {
  const i = address.indexOf('[');
  return i > 0 ? address.slice(0, i) : address;
}

interface CompanionIndex {
  /** Companions by the address their attribute refers to. */
  byAddress: Map<string, ModelResource[]>;
  /** Companions by the literal text of their attribute. */
  byString: Map<string, ModelResource[]>;
  /** The first companion whose attribute is unknown and not a reference to a resource of this configuration. */
  unresolved: { resource: ModelResource; unknown: Unknown } | null;
}

const indexes = new WeakMap<CloudModel, Map<string, CompanionIndex>>();

/** Companions indexed once per model and (kind, attribute): a check is then a lookup, not a scan (docs/limits.md, Joins). */
function companionIndex(model: CloudModel, companion: KindInfo, attribute: string): CompanionIndex {
  let perModel = indexes.get(model);
  if (!perModel) indexes.set(model, (perModel = new Map()));
  const key = `${companion.name}\u0000${attribute}`;
  let index = perModel.get(key);
  if (index) return index;
  index = { byAddress: new Map(), byString: new Map(), unresolved: null };
  const add = (map: Map<string, ModelResource[]>, k: string, r: ModelResource): void => {
    const list = map.get(k);
    if (list) {
      if (list[list.length - 1] !== r) list.push(r);
    } else map.set(k, [r]);
  };
  for (const r of resourcesOf(model, companion)) {
    const v = attrOf(r, companion, attribute)?.value as Value | undefined;
    for (const item of Array.isArray(v) ? v : [v]) {
      if (item instanceof Unknown) {
        if (item.ref.kind === 'resource') add(index.byAddress, item.ref.address, r);
        else index.unresolved ??= { resource: r, unknown: item };
      } else if (typeof item === 'string' && item !== '') add(index.byString, item, r);
    }
  }
  perModel.set(key, index);
  return index;
}

function referencedBy(cond: Extract<Condition, { kind: 'referencedBy' }>, resource: ModelResource, kind: KindInfo, model: CloudModel): Outcome {
  const index = companionIndex(model, cond.companion, cond.attribute);
  const candidates = [...(index.byAddress.get(baseAddress(resource.address)) ?? [])];
  let byUnknown: Unknown | null = null;
  if (cond.by) {
    const mine = attrOf(resource, kind, cond.by)?.value;
    if (mine instanceof Unknown) byUnknown = mine;
    else if (typeof mine === 'string' || typeof mine === 'number') for (const c of index.byString.get(String(mine)) ?? []) if (!candidates.includes(c)) candidates.push(c);
  }
  const what = `whether a ${cond.companion.name} refers to this resource`;
  let unknown: Outcome | undefined;
  for (const c of candidates) {
    if (c.platform !== resource.platform) continue;
    if (!cond.where) return HOLDS;
    const o = evaluate(cond.where, c, cond.companion, model);
    if (o.v === 'holds') return HOLDS;
    if (o.v === 'unknown') unknown ??= { ...o, at: resource, what: `${o.what} of ${c.address}` };
  }
  if (unknown) return unknown;
  if (index.unresolved && index.unresolved.resource.platform === resource.platform) return { v: 'unknown', at: resource, unknown: index.unresolved.unknown, what: `${what} (${index.unresolved.resource.address} names one that is not known)` };
  if (byUnknown && index.byString.size > 0) return { v: 'unknown', at: resource, unknown: byUnknown, what };
  return { v: 'fails', at: resource, why: `no ${cond.companion.name}${cond.where ? ` meeting the rule's conditions` : ''} refers to it` };
}

function refersTo(cond: Extract<Condition, { kind: 'refersTo' }>, resource: ModelResource, kind: KindInfo, model: CloudModel): Outcome {
  const attr = attrOf(resource, kind, cond.attribute);
  const name = writtenName(resource, cond.attribute, cond.info);
  const at: Blame = attr ?? resource;
  const v = attr?.value;
  if (v instanceof Unknown) {
    if (v.ref.kind !== 'resource') return { v: 'unknown', at, unknown: v, what: name };
    const address = v.ref.address;
    if (resourcesOf(model, cond.target).some((r) => baseAddress(r.address) === address)) return HOLDS;
    return { v: 'fails', at, why: `${name} refers to ${address}, which is not a ${cond.target.name}` };
  }
  if (v === undefined) return { v: 'fails', at, why: `${name} is not set (expected a reference to a ${cond.target.name} of this configuration)` };
  return { v: 'fails', at, why: `${name} is ${showValue(v as Value)}, not a reference to a ${cond.target.name} of this configuration` };
}
