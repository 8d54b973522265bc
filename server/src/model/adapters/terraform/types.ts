// SPDX-License-Identifier: Apache-2.0
// Terraform type constraints (`variable "x" { type = ... }`) and the conversion Terraform applies to a
// variable's value: `"true"` for a bool, numbers from strings, `optional(T, default)` object attributes
// filled in, extra object attributes dropped. A value that cannot be converted is an explained type error
// (Terraform would refuse the plan), never a silent guess.

import type { Expression, Span } from '../../../parsers/hcl/ast';
import { evaluate } from '../../../parsers/hcl/evaluate';
import { isObjectValue, sameValue, Unknown } from '../../../core/value';
import type { Value, ValueObject } from '../../../core/value';

export type TypeSpec =
  | { kind: 'any' }
  | { kind: 'string' }
  | { kind: 'number' }
  | { kind: 'bool' }
  | { kind: 'list' | 'set' | 'map'; of: TypeSpec }
  | { kind: 'object'; attrs: Map<string, { type: TypeSpec; optional: boolean; default?: Expression }> }
  | { kind: 'tuple'; items: TypeSpec[] };

const ANY: TypeSpec = { kind: 'any' };

function unwrap(e: Expression): Expression {
  let x = e;
  while (x.type === 'Parentheses' || x.type === 'TemplateWrap') x = x.type === 'Parentheses' ? x.expr : x.wrapped;
  return x;
}

/** Type constraints read so far, by expression: every instance of a module reads its variables' types again. */
const parsedTypes = new WeakMap<Expression, TypeSpec>();

/** Reads a type constraint expression; anything not understood is `any` (no conversion, no error). Never mutate the result: it is shared. */
export function parseType(e: Expression | undefined, depth = 0): TypeSpec {
  if (!e || depth > 32) return ANY;
  if (depth === 0) {
    let t = parsedTypes.get(e);
    if (!t) parsedTypes.set(e, (t = readType(e, 0)));
    return t;
  }
  return readType(e, depth);
}

function readType(e: Expression, depth: number): TypeSpec {
  const x = unwrap(e);
  if (x.type === 'ScopeTraversal' && x.steps.length === 0) {
    if (x.root === 'string' || x.root === 'number' || x.root === 'bool') return { kind: x.root };
    return ANY;
  }
  if (x.type !== 'FunctionCall') return ANY;
  const [a0] = x.args;
  switch (x.name) {
    case 'list':
    case 'set':
    case 'map':
      return { kind: x.name, of: parseType(a0, depth + 1) };
    case 'tuple': {
      const items = a0 && unwrap(a0).type === 'Tuple' ? (unwrap(a0) as Extract<Expression, { type: 'Tuple' }>).items : [];
      return { kind: 'tuple', items: items.map((i) => parseType(i, depth + 1)) };
    }
    case 'object': {
      const attrs = new Map<string, { type: TypeSpec; optional: boolean; default?: Expression }>();
      const o = a0 ? unwrap(a0) : undefined;
      if (o?.type !== 'Object') return ANY;
      for (const item of o.items) {
        const k = unwrap(item.key.wrapped);
        const name = k.type === 'ScopeTraversal' && k.steps.length === 0 ? k.root : k.type === 'Template' && k.parts.length === 1 && k.parts[0]!.type === 'Literal' ? String(k.parts[0]!.value) : undefined;
        if (name === undefined) continue;
        const v = unwrap(item.value);
        if (v.type === 'FunctionCall' && v.name === 'optional') {
          const spec: { type: TypeSpec; optional: boolean; default?: Expression } = { type: parseType(v.args[0], depth + 1), optional: true };
          if (v.args[1]) spec.default = v.args[1];
          attrs.set(name, spec);
        } else attrs.set(name, { type: parseType(item.value, depth + 1), optional: false });
      }
      return { kind: 'object', attrs };
    }
    default:
      return ANY;
  }
}

/**
 * Converts `v` to `type` as Terraform does for a variable's value. `source` is the text the type's
 * `optional()` defaults are written in; `at` is where an error is reported.
 */
export function convertToType(v: Value, type: TypeSpec, source: string, at: Span, depth = 0): Value {
  if (v instanceof Unknown || type.kind === 'any') return v;
  if (v === null) return null;
  const fail = (what: string): Unknown => new Unknown('type-error', at, `the value does not match the variable's type (${what})`);
  if (depth > 32) return fail('nested too deep');
  switch (type.kind) {
    case 'string':
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      return fail('a string is required');
    case 'number':
      if (typeof v === 'number') return v;
      if (typeof v === 'string' && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(v.trim())) return Number(v);
      return fail('a number is required');
    case 'bool':
      if (typeof v === 'boolean') return v;
      if (v === 'true') return true;
      if (v === 'false') return false;
      return fail('a bool is required');
    case 'list':
    case 'set': {
      if (!Array.isArray(v)) return fail(`a ${type.kind} is required`);
      const items = v.map((x) => convertToType(x, type.of, source, at, depth + 1));
      if (type.kind === 'list') return items;
      const out: Value[] = [];
      for (const x of items) if (!out.some((y) => sameValue(x, y))) out.push(x);
      return out;
    }
    case 'map': {
      if (!isObjectValue(v)) return fail('a map is required');
      const out = Object.create(null) as ValueObject;
      for (const k of Object.keys(v)) out[k] = convertToType(v[k]!, type.of, source, at, depth + 1);
      return out;
    }
    case 'tuple': {
      if (!Array.isArray(v) || v.length !== type.items.length) return fail(`a tuple of ${type.items.length} items is required`);
      return v.map((x, i) => convertToType(x, type.items[i]!, source, at, depth + 1));
    }
    case 'object': {
      if (!isObjectValue(v)) return fail('an object is required');
      const out = Object.create(null) as ValueObject;
      for (const [name, spec] of type.attrs) {
        if (Object.prototype.hasOwnProperty.call(v, name) && v[name] !== null) {
          out[name] = convertToType(v[name]!, spec.type, source, at, depth + 1);
        } else if (spec.optional) {
          out[name] = spec.default ? convertToType(evaluate(spec.default, source), spec.type, source, at, depth + 1) : null;
        } else if (Object.prototype.hasOwnProperty.call(v, name)) {
          out[name] = null;
        } else {
          return fail(`attribute "${name}" is required`);
        }
      }
      return out;
    }
  }
}
