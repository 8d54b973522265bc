// SPDX-License-Identifier: Apache-2.0
// CloudFormation nodes → the evaluator's Value, so rules read CloudFormation exactly like Terraform: scalars
// are values, maps objects, sequences arrays. Intrinsic functions are computed as CloudFormation would at
// deploy time: `Ref` to a parameter is its value (given, or its default, with provenance), conditions are
// evaluated from those values, `Fn::If` takes its branch, `Fn::Sub` / `Join` / `Select` / `Split` /
// `FindInMap` / `Base64` / `Length` / `ToJsonString` are computed. What only the deployment knows (pseudo
// parameters like the account id, resource attributes, imports, parameters with no value) is an `Unknown`
// that names it, so a rule can say "cannot verify: depends on parameter BucketName" instead of guessing.
// `AWS::NoValue` removes the property or list item it stands for.

import { MAX_CFN_FOREACH_RESOURCES } from '../../../core/limits';
import { ANY_SHAPE, literalShape, piecesShape, PSEUDO_SHAPES } from '../../../core/shape';
import { firstUnknown, isObjectValue, sameValue, toTemplateString, Unknown } from '../../../core/value';
import type { Provenance, UnknownRef, Value, ValueObject } from '../../../core/value';
import { mapGet, scalarString } from '../../../parsers/cfn';
import type { CfnIntrinsic, CfnNode, Span } from '../../../parsers/cfn';
import type { ParameterValue } from './parameters';

/** What the converter may look up in the template; without it, every `Ref` reads as an unknown parameter. */
export interface ValueScope {
  /** Logical ids of the template's resources: `Ref` to one of these is "the resource X", not a parameter. */
  resourceIds?: ReadonlySet<string>;
  /** The template's `Mappings` section, for `Fn::FindInMap`. */
  mappings?: CfnNode;
  /** Resolved parameters (see parameters.ts); a name not here is an unknown parameter. */
  parameters?: ReadonlyMap<string, ParameterValue>;
  /** A condition's value by name (true, false or an Unknown of kind `condition`). */
  condition?: (name: string) => boolean | Unknown;
  /** `Fn::ForEach` identifiers bound for the resource being read. */
  bindings?: ReadonlyMap<string, string>;
  /** Collects the provenance of parameter values read (for Attr.via). */
  trace?: Provenance[];
}

/** `Ref: AWS::NoValue`: the property (or list item) is removed. Compared by identity. */
export const NO_VALUE = new Unknown('reference', { start: 0, end: 0 }, 'AWS::NoValue (the property is removed)', { kind: 'pseudo', name: 'AWS::NoValue' });

/** Guards recursion: a template nests functions a few levels deep; beyond this it is hostile. */
const MAX_DEPTH = 100;

export function valueOf(node: CfnNode, scope: ValueScope = {}, depth = 0): Value {
  if (depth > MAX_DEPTH) return new Unknown('expression', span(node), 'a value nested too deeply', { kind: 'limit', what: 'nesting depth' });
  // A tag CloudFormation does not define (`!Rain::Embed file`, `!ValueOf [...]`): another tool replaces
  // the node before deployment, so its value is not what is written.
  if (node.type !== 'Intrinsic' && node.tag !== undefined) return foreignTagValue(node);
  switch (node.type) {
    case 'Scalar':
      return node.value;
    case 'Sequence': {
      const out: Value[] = [];
      for (const item of node.items) {
        const v = valueOf(item, scope, depth + 1);
        if (v !== NO_VALUE) out.push(v);
      }
      return out;
    }
    case 'Map': {
      const out: ValueObject = {};
      // defineProperty so a `__proto__` key stays ordinary data.
      const put = (key: string, v: Value): void => {
        if (v !== NO_VALUE) Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      };
      for (const e of node.entries) {
        if (!e.key.value.startsWith(FOR_EACH)) {
          put(e.key.value, valueOf(e.value, scope, depth + 1));
          continue;
        }
        // `Fn::ForEach` inside a value (a resource's properties): the keys it makes, each value read with
        // the identifier bound. One that cannot be expanded leaves the whole map unknown, not short of keys.
        const made = loopEntries(e.value, scope, scope.bindings ?? new Map());
        if (made === null) return new Unknown('function', span(e.key), `the loop ${e.key.value}`, { kind: 'function', name: 'Fn::ForEach' });
        for (const m of made) put(m.key, valueOf(m.value, { ...scope, bindings: m.bindings }, depth + 1));
      }
      return out;
    }
    case 'Intrinsic':
      return intrinsicValue(node, scope, depth + 1);
  }
}

const span = (n: { start: number; end: number }): { start: number; end: number } => ({ start: n.start, end: n.end });

function foreignTagValue(node: CfnNode & { tag?: string }): Unknown {
  const tag = node.tag!;
  return new Unknown('function', span(node), `the tag ${tag} (expanded by another tool before deployment)`, { kind: 'function', name: tag });
}

function intrinsicValue(node: CfnIntrinsic, scope: ValueScope, depth: number): Value {
  const arg = node.argument;
  const sub = (n: CfnNode): Value => valueOf(n, scope, depth);
  switch (node.name) {
    case 'Ref':
      return refValue(node, scope);
    case 'Fn::GetAtt': {
      const parts = arg.type === 'Sequence' ? arg.items.map(sub) : [sub(arg)];
      const names = parts.every((p) => typeof p === 'string') ? (parts as string[]).join('.').split('.') : null;
      if (!names) return new Unknown('reference', span(node), 'the attribute a resource', { kind: 'other' });
      const [address, ...attribute] = names;
      return new Unknown('reference', span(node), `the attribute ${names.join('.')}`, { kind: 'resource', address: address!, attribute: attribute.join('.') });
    }
    case 'Fn::Sub':
      return subValue(node, scope, depth);
    case 'Fn::If':
      return ifValue(node, scope, depth);
    case 'Fn::Join':
      return joinValue(node, sub(arg));
    case 'Fn::Select':
      return selectValue(node, scope, depth);
    case 'Fn::Split':
      return splitValue(node, sub(arg));
    case 'Fn::FindInMap':
      return findInMapValue(node, scope, depth);
    case 'Fn::Base64': {
      const v = sub(arg);
      if (v instanceof Unknown) return shapeless(v);
      const s = toTemplateString(v);
      return s === null ? new Unknown('type-error', span(node), 'Fn::Base64 needs a string') : Buffer.from(s, 'utf8').toString('base64');
    }
    case 'Fn::Length': {
      const v = sub(arg);
      if (v instanceof Unknown) return shapeless(v);
      return Array.isArray(v) ? v.length : new Unknown('type-error', span(node), 'Fn::Length needs a list');
    }
    case 'Fn::ToJsonString': {
      const v = sub(arg);
      const u = firstUnknown(v);
      return u ? shapeless(u) : JSON.stringify(v);
    }
    case 'Fn::ImportValue': {
      const name = sub(arg);
      const what = typeof name === 'string' ? `the export ${name}` : 'an imported value';
      return new Unknown('reference', span(node), what, { kind: 'external', what });
    }
    case 'Fn::GetAZs':
      return new Unknown('reference', span(node), 'the availability zones of the region', { kind: 'pseudo', name: 'AWS::Region' });
    case 'Condition': {
      const name = sub(arg);
      return typeof name === 'string' ? conditionValue(name, node, scope) : new Unknown('invalid', span(node), 'Condition needs a name');
    }
    case 'Fn::Equals':
      return equalsValue(node, scope, depth);
    case 'Fn::And':
    case 'Fn::Or':
      return andOrValue(node, scope, depth);
    case 'Fn::Not': {
      const items = arg.type === 'Sequence' ? arg.items : [arg];
      const v = items.length === 1 ? sub(items[0]!) : new Unknown('type-error', span(node), 'Fn::Not needs one condition');
      if (v instanceof Unknown) return shapeless(v);
      return typeof v === 'boolean' ? !v : new Unknown('type-error', span(node), 'Fn::Not needs a condition');
    }
    default:
      // Cidr (subnet math no rule reads) and Transform (a macro runs at deploy time).
      return new Unknown('function', span(node), `function ${node.name}`, { kind: 'function', name: node.name });
  }
}

function refValue(node: CfnIntrinsic, scope: ValueScope): Value {
  const target = node.argument.type === 'Scalar' ? node.argument.value : null;
  if (typeof target !== 'string') return new Unknown('invalid', span(node), 'Ref needs a name');
  if (target === 'AWS::NoValue') return NO_VALUE;
  if (target.startsWith('AWS::')) return pseudoValue(target, node);
  const bound = scope.bindings?.get(target);
  if (bound !== undefined) return bound;
  if (scope.resourceIds?.has(target)) return new Unknown('reference', span(node), `the resource ${target}`, { kind: 'resource', address: target });
  return parameterValue(target, node, scope);
}

/**
 * The unknown without its shape: for a result computed from it (`Fn::Base64`, `Fn::Split`, a condition),
 * whose values are not the ones the shape describes.
 */
function shapeless(u: Unknown): Unknown {
  return u.shape === undefined ? u : new Unknown(u.reason, u.span, u.detail, u.ref, u.text);
}

function pseudoValue(name: string, at: { start: number; end: number }): Unknown {
  return new Unknown('reference', span(at), `pseudo parameter ${name}`, { kind: 'pseudo', name }, undefined, PSEUDO_SHAPES[name]);
}

/** The shape of a value put into a string: a known part as itself, an unknown one as its shape (or anything). */
function partShape(v: Value | string): string {
  if (typeof v === 'string') return literalShape(v);
  return v instanceof Unknown ? `(${v.shape ?? ANY_SHAPE})` : ANY_SHAPE;
}

function parameterValue(name: string, at: { start: number; end: number }, scope: ValueScope): Value {
  const p = scope.parameters?.get(name);
  if (!p) return new Unknown('reference', span(at), `parameter ${name}`, { kind: 'parameter', name });
  if (p.value instanceof Unknown) return new Unknown(p.value.reason, span(at), p.value.detail, p.value.ref, p.value.text, p.value.shape);
  if (p.via) scope.trace?.push(p.via);
  return p.value;
}

function conditionValue(name: string, at: { start: number; end: number }, scope: ValueScope): boolean | Unknown {
  if (!scope.condition) return new Unknown('expression', span(at), `condition ${name}`, { kind: 'condition', name });
  return scope.condition(name);
}

/** `${Name}` and `${Res.Attr}` placeholders; `${!Literal}` is an escape for the text `${Literal}`. */
const SUB_VAR = /\$\{([^}]*)\}/g;

function subValue(node: CfnIntrinsic, scope: ValueScope, depth: number): Value {
  const arg = node.argument;
  const templateNode = arg.type === 'Sequence' ? arg.items[0] : arg;
  const template = templateNode ? valueOf(templateNode, scope, depth) : undefined;
  if (template instanceof Unknown) return shapeless(template);
  if (typeof template !== 'string') return new Unknown('type-error', span(node), 'Fn::Sub needs a string');
  const bindings = arg.type === 'Sequence' && arg.items[1] ? valueOf(arg.items[1], scope, depth) : {};
  const missing: string[] = [];
  let firstRef: UnknownRef | undefined;
  // The result's shape, piece by piece: the text between placeholders as written, each placeholder as
  // its value or the shape of its unknown.
  const shape: string[] = [];
  let last = 0;
  const result = template.replace(SUB_VAR, (whole, rawName: string, offset: number) => {
    shape.push(literalShape(template.slice(last, offset)));
    last = offset + whole.length;
    if (rawName.startsWith('!')) {
      shape.push(literalShape('${' + rawName.slice(1) + '}'));
      return '${' + rawName.slice(1) + '}';
    }
    const name = rawName.trim();
    const bound = isObjectValue(bindings) && Object.prototype.hasOwnProperty.call(bindings, name) ? bindings[name] : undefined;
    const v = bound !== undefined ? bound : subVariable(name, node, scope);
    const s = v instanceof Unknown ? null : toTemplateString(v);
    shape.push(partShape(s ?? v));
    if (s !== null) return s;
    missing.push('${' + name + '}');
    firstRef ??= v instanceof Unknown ? v.ref : { kind: 'invalid' };
    return whole;
  });
  shape.push(literalShape(template.slice(last)));
  if (missing.length === 0) return result;
  return new Unknown('reference', span(node), `function Fn::Sub of ${missing.join(', ')}`, firstRef, result, shape.join(''));
}

/** What `${name}` in a Fn::Sub stands for: a pseudo parameter, a resource (attribute), a loop identifier or a parameter. */
function subVariable(name: string, at: { start: number; end: number }, scope: ValueScope): Value {
  if (name.startsWith('AWS::')) return name === 'AWS::NoValue' ? NO_VALUE : pseudoValue(name, at);
  const bound = scope.bindings?.get(name);
  if (bound !== undefined) return bound;
  const dot = name.indexOf('.');
  const head = dot < 0 ? name : name.slice(0, dot);
  if (scope.resourceIds?.has(head)) {
    const ref: UnknownRef = dot < 0 ? { kind: 'resource', address: head } : { kind: 'resource', address: head, attribute: name.slice(dot + 1) };
    return new Unknown('reference', span(at), dot < 0 ? `the resource ${head}` : `the attribute ${name}`, ref);
  }
  return parameterValue(name, at, scope);
}

function ifValue(node: CfnIntrinsic, scope: ValueScope, depth: number): Value {
  const arg = node.argument;
  const items = arg.type === 'Sequence' ? arg.items : [];
  const name = items[0]?.type === 'Scalar' ? String(items[0].value) : undefined;
  if (items.length !== 3 || name === undefined) return new Unknown('type-error', span(node), 'Fn::If needs a condition name and two values');
  const c = conditionValue(name, items[0]!, scope);
  if (c === true) return valueOf(items[1]!, scope, depth);
  if (c === false) return valueOf(items[2]!, scope, depth);
  const a = valueOf(items[1]!, scope, depth);
  const b = valueOf(items[2]!, scope, depth);
  // Whichever way the condition goes, the value is the same: it is known.
  if (a !== NO_VALUE && firstUnknown(a) === null && firstUnknown(b) === null && sameValue(a, b)) return a;
  return new Unknown('expression', span(node), c.detail, c.ref);
}

function equalsValue(node: CfnIntrinsic, scope: ValueScope, depth: number): Value {
  const arg = node.argument;
  if (arg.type !== 'Sequence' || arg.items.length !== 2) return new Unknown('type-error', span(node), 'Fn::Equals needs two values');
  const a = valueOf(arg.items[0]!, scope, depth);
  const b = valueOf(arg.items[1]!, scope, depth);
  const u = firstUnknown(a) ?? firstUnknown(b);
  if (u) return shapeless(u);
  // CloudFormation compares the values as strings: `!Equals [!Ref Count, 1]` with Count "1" is true.
  const text = (v: Value): string => toTemplateString(v) ?? JSON.stringify(v);
  return text(a) === text(b);
}

function andOrValue(node: CfnIntrinsic, scope: ValueScope, depth: number): Value {
  const isAnd = node.name === 'Fn::And';
  const arg = node.argument;
  if (arg.type !== 'Sequence') return new Unknown('type-error', span(node), `${node.name} needs a list of conditions`);
  let unknown: Unknown | null = null;
  for (const item of arg.items) {
    const v = valueOf(item, scope, depth);
    if (v instanceof Unknown) {
      unknown ??= shapeless(v);
      continue;
    }
    if (typeof v !== 'boolean') return new Unknown('type-error', span(node), `${node.name} needs conditions`);
    // A false in an And (a true in an Or) decides it whatever the unknown parts are.
    if (v !== isAnd) return v;
  }
  return unknown ?? isAnd;
}

function joinValue(node: CfnIntrinsic, v: Value): Value {
  if (v instanceof Unknown) return shapeless(v);
  if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'string') return new Unknown('type-error', span(node), 'Fn::Join needs a delimiter and a list');
  const parts = v[1]!;
  if (parts instanceof Unknown) return shapeless(parts);
  if (!Array.isArray(parts)) return new Unknown('type-error', span(node), 'Fn::Join needs a delimiter and a list');
  const texts: string[] = [];
  const shapes: string[] = [];
  let first: Unknown | null = null;
  for (const p of parts) {
    if (p instanceof Unknown) {
      first ??= p;
      texts.push(p.text ?? '${' + p.detail + '}');
      shapes.push(partShape(p));
      continue;
    }
    const s = toTemplateString(p);
    if (s === null) return new Unknown('type-error', span(node), 'Fn::Join needs a list of strings');
    texts.push(s);
    shapes.push(literalShape(s));
  }
  const joined = texts.join(v[0]);
  // The known parts stay readable (an ARN's service and resource) in the unknown's text.
  return first ? new Unknown(first.reason, first.span, first.detail, first.ref, joined, shapes.join(literalShape(v[0]))) : joined;
}

function selectValue(node: CfnIntrinsic, scope: ValueScope, depth: number): Value {
  const arg = node.argument;
  if (arg.type !== 'Sequence' || arg.items.length !== 2) return new Unknown('type-error', span(node), 'Fn::Select needs an index and a list');
  const index = valueOf(arg.items[0]!, scope, depth);
  const list = valueOf(arg.items[1]!, scope, depth);
  if (index instanceof Unknown) return shapeless(index);
  if (list instanceof Unknown) return shapeless(list);
  const i = typeof index === 'number' ? index : Number(index);
  if (!Array.isArray(list) || !Number.isInteger(i) || i < 0 || i >= list.length) {
    return new Unknown('type-error', span(node), 'Fn::Select index out of range');
  }
  return list[i]!;
}

function splitValue(node: CfnIntrinsic, v: Value): Value {
  if (v instanceof Unknown) return shapeless(v);
  if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'string' || v[0] === '') return new Unknown('type-error', span(node), 'Fn::Split needs a delimiter and a string');
  const s = v[1]!;
  // The pieces of a string are not shaped like the string, but are made of its characters.
  if (s instanceof Unknown) {
    const pieces = s.shape === undefined ? undefined : piecesShape(s.shape, v[0]);
    return new Unknown(s.reason, s.span, s.detail, s.ref, s.text, pieces);
  }
  if (typeof s !== 'string') return new Unknown('type-error', span(node), 'Fn::Split needs a string');
  return s.split(v[0]);
}

function findInMapValue(node: CfnIntrinsic, scope: ValueScope, depth: number): Value {
  const v = valueOf(node.argument, scope, depth);
  if (v instanceof Unknown) return shapeless(v);
  if (!Array.isArray(v) || v.length < 3 || !scope.mappings) return new Unknown('function', span(node), 'function Fn::FindInMap', { kind: 'function', name: 'Fn::FindInMap' });
  const keys = v.slice(0, 3);
  const inner = firstUnknown(keys);
  // A fourth item `{DefaultValue: ...}` (language extensions) is what the lookup falls back to.
  const fallback = v[3];
  const hasFallback = isObjectValue(fallback) && 'DefaultValue' in fallback;
  if (inner) return withCandidates(inner, keys, scope.mappings, hasFallback ? fallback.DefaultValue : undefined);
  const [map, top, second] = keys.map((x) => (typeof x === 'string' || typeof x === 'number' ? String(x) : ''));
  const found = mapGet(mapGet(mapGet(scope.mappings, map!), top!), second!);
  if (found) return valueOf(found, scope, depth);
  if (hasFallback) return fallback.DefaultValue!;
  return new Unknown('type-error', span(node), `Fn::FindInMap: no ${map}.${top}.${second} in Mappings`);
}

/**
 * `!FindInMap [Map, !Ref AWS::Region, Key]`: the region is unknown, but the value is one of the map's
 * entries for `Key` (or the `DefaultValue`). When they are all strings, that list is the unknown's shape.
 */
function withCandidates(inner: Unknown, keys: Value[], mappings: CfnNode, fallback: Value | undefined): Unknown {
  const text = (x: Value): string | null => (typeof x === 'string' || typeof x === 'number' ? String(x) : null);
  const map = text(keys[0]!);
  inner = shapeless(inner); // the key's shape, not the value's
  const mapNode = map === null ? undefined : mapGet(mappings, map);
  if (!mapNode || mapNode.type !== 'Map') return inner;
  const tops = text(keys[1]!) !== null ? [mapGet(mapNode, text(keys[1]!)!)] : mapNode.entries.map((e) => e.value);
  const candidates: string[] = [];
  for (const t of tops) {
    if (!t || t.type !== 'Map') return inner;
    const seconds = text(keys[2]!) !== null ? [mapGet(t, text(keys[2]!)!)] : t.entries.map((e) => e.value);
    for (const n of seconds) {
      // A missing entry fails the deployment unless there is a DefaultValue.
      if (!n) continue;
      const v = n.type === 'Scalar' ? text(n.value as Value) : null;
      if (v === null) return inner;
      candidates.push(v);
    }
  }
  if (fallback !== undefined) {
    const f = text(fallback);
    if (f === null) return inner;
    candidates.push(f);
  }
  if (candidates.length === 0 || candidates.length > 200) return inner;
  const shape = [...new Set(candidates)].map(literalShape).join('|');
  return new Unknown(inner.reason, inner.span, inner.detail, inner.ref, inner.text, shape);
}

/** The key prefix of an `Fn::ForEach` loop (AWS::LanguageExtensions). */
export const FOR_EACH = 'Fn::ForEach::';

/** Loops nest a few levels in practice; deeper is hostile. */
export const MAX_LOOP_DEPTH = 10;

/** `${Identifier}` → the item; `&{Identifier}` → the item with only its letters and digits. */
export function substituteIdentifiers(text: string, bindings: ReadonlyMap<string, string>): string {
  return text.replace(/([$&])\{([^}]*)\}/g, (whole, sigil: string, id: string) => {
    const v = bindings.get(id.trim());
    if (v === undefined) return whole;
    return sigil === '&' ? v.replace(/[^A-Za-z0-9]/g, '') : v;
  });
}

/** One entry an `Fn::ForEach` outside Resources makes: its key with the identifiers replaced, its value. */
export interface LoopEntry {
  key: string;
  keySpan: Span;
  value: CfnNode;
  bindings: ReadonlyMap<string, string>;
}

/**
 * The entries a loop in a map other than Resources makes (Conditions, Outputs, a resource's properties):
 * `Fn::ForEach::Name: [Identifier, Collection, {Key${Identifier}: value}]` is one `Key<item>: value` per
 * item, with the identifier bound in the value. Null when the loop cannot be expanded (its collection is
 * unknown, it is malformed or nested too deep): the caller says what that means there.
 */
export function loopEntries(loop: CfnNode, scope: ValueScope, bindings: ReadonlyMap<string, string> = new Map(), depth = 0): LoopEntry[] | null {
  if (depth >= MAX_LOOP_DEPTH) return null;
  const args = loop.type === 'Sequence' ? loop.items : [];
  const identifier = scalarString(args[0]);
  const fragment = args[2];
  if (args.length !== 3 || identifier === undefined || fragment?.type !== 'Map') return null;
  const collection = valueOf(args[1]!, { ...scope, bindings, trace: undefined });
  if (!Array.isArray(collection) || collection.some((c) => typeof c !== 'string' && typeof c !== 'number')) return null;
  const out: LoopEntry[] = [];
  for (const item of collection as (string | number)[]) {
    const inner = new Map(bindings).set(identifier, String(item));
    for (const e of fragment.entries) {
      if (e.key.value.startsWith(FOR_EACH)) {
        const nested = loopEntries(e.value, scope, inner, depth + 1);
        if (nested === null) return null;
        out.push(...nested);
      } else out.push({ key: substituteIdentifiers(e.key.value, inner), keySpan: { start: e.key.start, end: e.key.end }, value: e.value, bindings: inner });
      if (out.length > MAX_CFN_FOREACH_RESOURCES) return null;
    }
  }
  return out;
}
