// SPDX-License-Identifier: Apache-2.0
// Terraform's pure built-in functions, over the evaluator's values. Each returns undefined when the
// arguments do not fit (the evaluator turns that into an explained type error, as Terraform would fail);
// impure functions (timestamp, uuid, file reads) and those whose results rules never need (hashes, CIDR
// math) are not listed, so a call to one is an Unknown naming the function.
//
// Sizes are bounded: a result list or string larger than the limits in `LIMITS` is refused (the evaluator
// reports "evaluation limit"), so a `range(1e9)` costs nothing.

import { firstUnknown, isObjectValue, sameValue, toTemplateString, Unknown } from '../../core/value';
import type { Value, ValueObject } from '../../core/value';

export const LIMITS = {
  /** Items in one list, set or object built by a function or a `for` expression. */
  collection: 10_000,
  /** Characters in one string built by a function or a template. */
  string: 1_000_000,
};

export class LimitExceeded extends Error {
  constructor(readonly what: string) {
    super(what);
  }
}

export interface BuiltIn {
  /** When true, any unknown argument makes the result unknown without calling `impl`. */
  strict: boolean;
  impl(args: Value[]): Value | undefined;
}

const str = (v: Value | undefined): string | undefined => (v === undefined || v === null ? undefined : toTemplateString(v) ?? undefined);
const num = (v: Value | undefined): number | undefined => {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
};
const list = (v: Value | undefined): Value[] | undefined => (Array.isArray(v) ? v : undefined);

function obj(): ValueObject {
  return Object.create(null) as ValueObject;
}

function checkSize<T extends Value>(v: T): T {
  if (Array.isArray(v) && v.length > LIMITS.collection) throw new LimitExceeded(`a list of more than ${LIMITS.collection} items`);
  if (typeof v === 'string' && v.length > LIMITS.string) throw new LimitExceeded(`a string of more than ${LIMITS.string} characters`);
  if (isObjectValue(v) && Object.keys(v).length > LIMITS.collection) throw new LimitExceeded(`an object of more than ${LIMITS.collection} keys`);
  return v;
}

function distinct(items: Value[]): Value[] {
  const out: Value[] = [];
  for (const x of items) if (!out.some((y) => sameValue(x, y))) out.push(x);
  return out;
}

/** Set semantics for toset/setunion: distinct items; strings sort first, as Terraform's sets of strings do. */
function toSet(items: Value[]): Value[] {
  const d = distinct(items);
  return d.every((x) => typeof x === 'string') ? (d as string[]).sort() : d;
}

function flatten(v: Value[], depth = 0): Value[] {
  if (depth > 64) throw new LimitExceeded('lists nested more than 64 deep');
  const out: Value[] = [];
  for (const x of v) {
    if (Array.isArray(x)) out.push(...flatten(x, depth + 1));
    else out.push(x);
    if (out.length > LIMITS.collection) throw new LimitExceeded(`a list of more than ${LIMITS.collection} items`);
  }
  return out;
}

/** Terraform's format verbs that matter for names and ARNs: %s %d %v %q %f %t and %%. */
function format(spec: string, args: Value[]): string | undefined {
  let i = 0;
  let ok = true;
  const out = spec.replace(/%(\[\d+\])?([-+ #0]*\d*(?:\.\d+)?)([sdvqftx%])/g, (_m, _idx: string | undefined, _flags: string, verb: string) => {
    if (verb === '%') return '%';
    const a = args[i++];
    if (a === undefined) {
      ok = false;
      return '';
    }
    switch (verb) {
      case 'q':
        return JSON.stringify(str(a) ?? '');
      case 'd': {
        const n = num(a);
        if (n === undefined) ok = false;
        return String(Math.trunc(n ?? 0));
      }
      case 'x': {
        const n = num(a);
        if (n === undefined) ok = false;
        return Math.trunc(n ?? 0).toString(16);
      }
      case 'v':
        return typeof a === 'object' && a !== null ? JSON.stringify(a) : (str(a) ?? 'null');
      default: {
        const s = str(a);
        if (s === undefined) ok = false;
        return s ?? '';
      }
    }
  });
  return ok ? out : undefined;
}

function lookup([m, k, ...rest]: Value[]): Value | undefined {
  const key = str(k);
  if (!isObjectValue(m) || key === undefined) return undefined;
  if (Object.prototype.hasOwnProperty.call(m, key)) return m[key]!;
  return rest.length > 0 ? rest[0]! : undefined;
}

function range(args: Value[]): Value[] | undefined {
  const ns = args.map(num);
  if (ns.some((n) => n === undefined) || ns.length === 0 || ns.length > 3) return undefined;
  const [a, b, c] = ns as number[];
  const [start, end, step] = ns.length === 1 ? [0, a!, 1] : [a!, b!, c ?? (a! <= b! ? 1 : -1)];
  if (step === 0) return undefined;
  const count = Math.ceil((end - start) / step);
  if (count > LIMITS.collection) throw new LimitExceeded(`range() of more than ${LIMITS.collection} items`);
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(start + i * step);
  return out;
}

function slice([l, a, b]: Value[]): Value[] | undefined {
  const items = list(l);
  const from = num(a);
  const to = num(b);
  if (!items || from === undefined || to === undefined || from < 0 || to > items.length || from > to) return undefined;
  return items.slice(from, to);
}

function substr([s, off, len]: Value[]): string | undefined {
  const text = str(s);
  const o = num(off);
  const l = num(len);
  if (text === undefined || o === undefined || l === undefined) return undefined;
  const chars = [...text];
  const start = o < 0 ? Math.max(chars.length + o, 0) : o;
  if (start > chars.length) return undefined;
  return chars.slice(start, l < 0 ? undefined : start + l).join('');
}

function replace([s, sub, rep]: Value[]): string | undefined {
  const text = str(s);
  const from = str(sub);
  const to = str(rep);
  if (text === undefined || from === undefined || to === undefined) return undefined;
  // `/regex/` patterns are not evaluated (untrusted patterns could backtrack without end): unknown then.
  if (from.length >= 2 && from.startsWith('/') && from.endsWith('/')) return undefined;
  return from === '' ? text : text.split(from).join(to);
}

function zipmap([ks, vs]: Value[]): ValueObject | undefined {
  const keys = list(ks);
  const values = list(vs);
  if (!keys || !values || keys.length !== values.length) return undefined;
  const out = obj();
  for (let i = 0; i < keys.length; i++) {
    const k = str(keys[i]);
    if (k === undefined) return undefined;
    out[k] = values[i]!;
  }
  return out;
}

function merge(args: Value[]): ValueObject | undefined {
  const out = obj();
  for (const a of args) {
    if (a === null) continue;
    if (!isObjectValue(a)) return undefined;
    for (const k of Object.keys(a)) out[k] = a[k]!;
  }
  return out;
}

function keysOf(v: Value | undefined): string[] | undefined {
  return isObjectValue(v) ? Object.keys(v).sort() : undefined;
}

function valuesOf(v: Value | undefined): Value[] | undefined {
  const ks = keysOf(v);
  return ks ? ks.map((k) => (v as ValueObject)[k]!) : undefined;
}

function sortStrings(v: Value | undefined): string[] | undefined {
  const items = list(v);
  if (!items) return undefined;
  const strs = items.map(str);
  return strs.every((s) => s !== undefined) ? (strs as string[]).sort() : undefined;
}

function element([l, i]: Value[]): Value | undefined {
  const items = list(l);
  const n = num(i);
  if (!items || n === undefined || items.length === 0) return undefined;
  return items[((Math.trunc(n) % items.length) + items.length) % items.length];
}

function one([l]: Value[]): Value | undefined {
  const items = list(l);
  if (!items) return l === null ? null : undefined;
  if (items.length > 1) return undefined;
  return items.length === 0 ? null : items[0];
}

function coalesce(args: Value[]): Value | undefined {
  // Terraform skips nulls and empty strings; an unknown before any usable value makes the result unknown.
  for (const a of args) {
    if (a instanceof Unknown) return a;
    if (a !== null && a !== '') return a;
  }
  return undefined;
}

function coalescelist(args: Value[]): Value | undefined {
  for (const a of args) {
    if (a instanceof Unknown) return a;
    if (Array.isArray(a) && a.length > 0) return a;
  }
  return undefined;
}

function tomap([v]: Value[]): Value | undefined {
  return v === null || isObjectValue(v) ? v : undefined;
}

function contains([l, v]: Value[]): Value | undefined {
  const items = list(l);
  if (!items || v === undefined) return undefined;
  if (items.some((x) => sameValue(x, v))) return true;
  // An unknown item could be the value: say so rather than answering false.
  const u = firstUnknown(items);
  return u ?? false;
}

function base64encode([v]: Value[]): string | undefined {
  const s = str(v);
  return s === undefined ? undefined : Buffer.from(s, 'utf8').toString('base64');
}

function base64decode([v]: Value[]): string | undefined {
  const s = str(v);
  return s === undefined || !/^[A-Za-z0-9+/]*={0,2}$/.test(s) ? undefined : Buffer.from(s, 'base64').toString('utf8');
}

function jsondecode([v]: Value[]): Value | undefined {
  if (typeof v !== 'string') return undefined;
  return checkSize(JSON.parse(v) as Value);
}

function bools(v: Value | undefined): (boolean | Unknown)[] | undefined {
  const items = list(v);
  if (!items) return undefined;
  const out: (boolean | Unknown)[] = [];
  for (const x of items) {
    if (x instanceof Unknown || typeof x === 'boolean') out.push(x);
    else if (x === 'true' || x === 'false') out.push(x === 'true');
    else return undefined;
  }
  return out;
}

function alltrue([v]: Value[]): Value | undefined {
  const bs = bools(v);
  if (!bs) return undefined;
  if (bs.some((b) => b === false)) return false;
  return bs.find((b): b is Unknown => b instanceof Unknown) ?? true;
}

function anytrue([v]: Value[]): Value | undefined {
  const bs = bools(v);
  if (!bs) return undefined;
  if (bs.some((b) => b === true)) return true;
  return bs.find((b): b is Unknown => b instanceof Unknown) ?? false;
}

function minMax(args: Value[], pick: (a: number, b: number) => number): number | undefined {
  const ns = (args.length === 1 && Array.isArray(args[0]) ? args[0] : args).map(num);
  if (ns.length === 0 || ns.some((n) => n === undefined)) return undefined;
  return (ns as number[]).reduce(pick);
}

function strict(impl: (args: Value[]) => Value | undefined): BuiltIn {
  return { strict: true, impl: (args) => checkSizeOrUndefined(impl(args)) };
}

function lenient(impl: (args: Value[]) => Value | undefined): BuiltIn {
  return { strict: false, impl: (args) => checkSizeOrUndefined(impl(args)) };
}

function checkSizeOrUndefined(v: Value | undefined): Value | undefined {
  return v === undefined ? undefined : checkSize(v);
}

/**
 * jsonencode over a value that may hold unknowns: fully known values become the JSON string Terraform
 * would produce; otherwise the structure itself is returned (callers that parse JSON policies accept
 * either a string or the structure), so rules can still read the known parts.
 */
function jsonEncodeWithUnknowns(v: Value): Value {
  if (firstUnknown(v)) return v;
  return JSON.stringify(v);
}

export const FUNCTIONS: Record<string, BuiltIn> = {
  // Encoding: jsonencode keeps unknowns inside the structure, so a policy with one unknown ARN is readable.
  jsonencode: lenient(([v]) => (v === undefined ? undefined : v instanceof Unknown ? v : jsonEncodeWithUnknowns(v))),
  jsondecode: strict(jsondecode),
  base64encode: strict(base64encode),
  base64decode: strict(base64decode),
  urlencode: strict(([v]) => (str(v) === undefined ? undefined : encodeURIComponent(str(v)!))),
  // Strings.
  lower: strict(([v]) => str(v)?.toLowerCase()),
  upper: strict(([v]) => str(v)?.toUpperCase()),
  title: strict(([v]) => str(v)?.replace(/\b\w/g, (c) => c.toUpperCase())),
  trimspace: strict(([v]) => str(v)?.trim()),
  chomp: strict(([v]) => str(v)?.replace(/(\r\n|\n|\r)+$/, '')),
  trim: strict(([v, cs]) => {
    const s = str(v);
    const chars = str(cs);
    if (s === undefined || chars === undefined) return undefined;
    let a = 0;
    let b = s.length;
    while (a < b && chars.includes(s[a]!)) a++;
    while (b > a && chars.includes(s[b - 1]!)) b--;
    return s.slice(a, b);
  }),
  trimprefix: strict(([v, p]) => (str(v) !== undefined && str(p) !== undefined ? (str(v)!.startsWith(str(p)!) ? str(v)!.slice(str(p)!.length) : str(v)) : undefined)),
  trimsuffix: strict(([v, p]) => (str(v) !== undefined && str(p) !== undefined ? (str(p) !== '' && str(v)!.endsWith(str(p)!) ? str(v)!.slice(0, -str(p)!.length) : str(v)) : undefined)),
  startswith: strict(([v, p]) => (str(v) !== undefined && str(p) !== undefined ? str(v)!.startsWith(str(p)!) : undefined)),
  endswith: strict(([v, p]) => (str(v) !== undefined && str(p) !== undefined ? str(v)!.endsWith(str(p)!) : undefined)),
  strcontains: strict(([v, p]) => (str(v) !== undefined && str(p) !== undefined ? str(v)!.includes(str(p)!) : undefined)),
  strrev: strict(([v]) => (str(v) === undefined ? undefined : [...str(v)!].reverse().join(''))),
  substr: strict(substr),
  replace: strict(replace),
  format: strict(([spec, ...args]) => (typeof spec === 'string' ? format(spec, args) : undefined)),
  formatlist: strict(([spec, ...args]) => {
    if (typeof spec !== 'string') return undefined;
    const n = Math.max(0, ...args.map((a) => (Array.isArray(a) ? a.length : 0)));
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const s = format(spec, args.map((a) => (Array.isArray(a) ? a[i]! : a)));
      if (s === undefined) return undefined;
      out.push(s);
    }
    return out;
  }),
  join: strict(([sep, ...lists]) => {
    if (typeof sep !== 'string' || !lists.every(Array.isArray)) return undefined;
    const strs = (lists as Value[][]).flat().map(str);
    return strs.every((s) => s !== undefined) ? strs.join(sep) : undefined;
  }),
  split: strict(([sep, s]) => (typeof sep === 'string' && str(s) !== undefined ? str(s)!.split(sep) : undefined)),
  indent: strict(([n, s]) => (num(n) !== undefined && str(s) !== undefined ? str(s)!.replace(/\n/g, '\n' + ' '.repeat(Math.min(num(n)!, 1000))) : undefined)),
  // Numbers.
  abs: strict(([v]) => (num(v) === undefined ? undefined : Math.abs(num(v)!))),
  ceil: strict(([v]) => (num(v) === undefined ? undefined : Math.ceil(num(v)!))),
  floor: strict(([v]) => (num(v) === undefined ? undefined : Math.floor(num(v)!))),
  signum: strict(([v]) => (num(v) === undefined ? undefined : Math.sign(num(v)!))),
  max: strict((args) => minMax(args, Math.max)),
  min: strict((args) => minMax(args, Math.min)),
  parseint: strict(([v, b]) => {
    const s = str(v);
    const base = num(b);
    if (s === undefined || base === undefined) return undefined;
    const n = parseInt(s, base);
    return Number.isNaN(n) ? undefined : n;
  }),
  // Type conversions.
  tostring: strict(([v]) => (v === null ? null : str(v))),
  tonumber: strict(([v]) => (v === null ? null : num(v))),
  tobool: strict(([v]) => (typeof v === 'boolean' || v === null ? v : v === 'true' ? true : v === 'false' ? false : undefined)),
  tolist: lenient(([v]) => (Array.isArray(v) ? v : v instanceof Unknown ? v : undefined)),
  toset: lenient(([v]) => (Array.isArray(v) ? (firstUnknown(v) ? v : toSet(v)) : v instanceof Unknown ? v : undefined)),
  tomap: lenient(([v]) => (v instanceof Unknown ? v : tomap([v ?? null]))),
  sensitive: lenient(([v]) => v),
  nonsensitive: lenient(([v]) => v),
  // Collections.
  concat: strict((args) => (args.every(Array.isArray) ? (args as Value[][]).flat() : undefined)),
  merge: strict(merge),
  length: strict(([v]) => (typeof v === 'string' ? [...v].length : Array.isArray(v) ? v.length : isObjectValue(v) ? Object.keys(v).length : undefined)),
  contains: lenient(contains),
  coalesce: lenient(coalesce),
  coalescelist: lenient(coalescelist),
  compact: strict(([v]) => list(v)?.filter((x) => x !== null && x !== '')),
  distinct: strict(([v]) => (list(v) ? distinct(list(v)!) : undefined)),
  element: strict(element),
  flatten: strict(([v]) => (list(v) ? flatten(list(v)!) : undefined)),
  index: strict(([l, v]) => {
    const i = list(l)?.findIndex((x) => sameValue(x, v ?? null));
    return i === undefined || i < 0 ? undefined : i;
  }),
  keys: strict(([v]) => keysOf(v)),
  values: strict(([v]) => valuesOf(v)),
  lookup: lenient((args) => {
    const [m, k] = args;
    if (m instanceof Unknown) return m;
    if (k instanceof Unknown) return k;
    return lookup(args);
  }),
  one: strict(one),
  range: strict(range),
  reverse: strict(([v]) => (list(v) ? [...list(v)!].reverse() : undefined)),
  slice: strict(slice),
  sort: strict(([v]) => sortStrings(v)),
  sum: strict(([v]) => {
    const ns = list(v)?.map(num);
    return ns && ns.length > 0 && ns.every((n) => n !== undefined) ? (ns as number[]).reduce((a, b) => a + b, 0) : undefined;
  }),
  zipmap: strict(zipmap),
  setunion: strict((args) => (args.every(Array.isArray) ? toSet((args as Value[][]).flat()) : undefined)),
  setintersection: strict((args) => {
    if (!args.every(Array.isArray) || args.length === 0) return undefined;
    const [first, ...rest] = args as Value[][];
    return toSet(first!.filter((x) => rest.every((r) => r.some((y) => sameValue(x, y)))));
  }),
  setsubtract: strict(([a, b]) => (Array.isArray(a) && Array.isArray(b) ? toSet(a.filter((x) => !b.some((y) => sameValue(x, y)))) : undefined)),
  alltrue: lenient(alltrue),
  anytrue: lenient(anytrue),
  chunklist: strict(([l, n]) => {
    const items = list(l);
    const size = num(n);
    if (!items || size === undefined || size < 0) return undefined;
    if (size === 0) return [items];
    const out: Value[] = [];
    for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
  }),
  transpose: strict(([m]) => {
    if (!isObjectValue(m)) return undefined;
    const out = obj();
    for (const k of Object.keys(m).sort()) {
      const vs = list(m[k]);
      if (!vs) return undefined;
      for (const v of vs) {
        const s = str(v);
        if (s === undefined) return undefined;
        const cur = out[s];
        out[s] = Array.isArray(cur) ? [...cur, k] : [k];
      }
    }
    return out;
  }),
  matchkeys: strict(([vs, ks, search]) => {
    const values = list(vs);
    const keys = list(ks);
    const wanted = list(search);
    if (!values || !keys || !wanted || values.length !== keys.length) return undefined;
    return values.filter((_, i) => wanted.some((w) => sameValue(w, keys[i]!)));
  }),
};
