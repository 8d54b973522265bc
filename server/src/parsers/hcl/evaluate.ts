// SPDX-License-Identifier: Apache-2.0
// A small static evaluator: what rules need to read values out of Terraform without running it.
// Literals, collections, operators and templates over known values evaluate to plain values; anything
// that depends on what cannot be known statically (a variable, a resource attribute, an impure or
// unsupported function) evaluates to an `Unknown` that remembers why and where, so a rule can say
// "cannot verify: depends on var.x" instead of guessing. Unknowns nest: `[true, var.x]` is a known
// tuple whose second element is unknown.
//
// Variables, locals and module outputs plug in through `EvalContext.resolve`: a later resolver returns
// a value for a traversal it can resolve, or undefined to leave it unknown.

import type { Expression, ScopeTraversalExpr, Span, TemplateExpr, TraversalStep } from './ast';
import { firstUnknown, isObjectValue, toTemplateString, Unknown } from '../../core/value';
import type { UnknownRef, Value, ValueObject } from '../../core/value';

export interface EvalContext {
  /** Resolves a reference (`var.x`, `local.y`, `aws_s3_bucket.b.id`); undefined leaves it unknown. */
  resolve?(traversal: ScopeTraversalExpr, source: string): Value | undefined;
  /** Values bound by enclosing `for` expressions. */
  scope?: ReadonlyMap<string, Value>;
}

/** Evaluates an expression of the tree parsed from `source`. Never throws. */
export function evaluate(expr: Expression, source: string, ctx: EvalContext = {}): Value {
  return new Evaluator(source, ctx).eval(expr);
}

class Evaluator {
  constructor(
    private readonly src: string,
    private readonly ctx: EvalContext,
  ) {}

  private text(s: Span): string {
    return this.src.slice(s.start, s.end);
  }

  eval(e: Expression): Value {
    switch (e.type) {
      case 'Literal':
        return e.value;
      case 'Template':
        return this.template(e);
      case 'TemplateWrap':
        return this.eval(e.wrapped);
      case 'Parentheses':
        return this.eval(e.expr);
      case 'Tuple':
        return e.items.map((i) => this.eval(i));
      case 'Object': {
        const out: ValueObject = Object.create(null) as ValueObject;
        for (const item of e.items) {
          const k = this.objectKey(item.key.wrapped, item.key.forceNonLiteral);
          if (k instanceof Unknown) return k;
          out[k] = this.eval(item.value);
        }
        return out;
      }
      case 'ObjectKey':
        return this.eval(e.wrapped);
      case 'ScopeTraversal':
        return this.scopeTraversal(e);
      case 'RelativeTraversal': {
        const base = this.eval(e.source);
        return this.applySteps(base, e.steps, e);
      }
      case 'Index': {
        const coll = this.eval(e.collection);
        const key = this.eval(e.key);
        if (coll instanceof Unknown) return coll;
        if (key instanceof Unknown) return key;
        return this.index(coll, key, e);
      }
      case 'Unary': {
        const v = this.eval(e.operand);
        if (v instanceof Unknown) return v;
        if (e.op === '-') return typeof v === 'number' ? -v : this.typeError(e, 'unary minus needs a number');
        return typeof v === 'boolean' ? !v : this.typeError(e, '! needs a bool');
      }
      case 'Binary':
        return this.binary(e.op, this.eval(e.lhs), this.eval(e.rhs), e);
      case 'Conditional': {
        const c = this.eval(e.condition);
        if (c instanceof Unknown) return c;
        if (typeof c !== 'boolean') return this.typeError(e.condition, 'condition is not a bool');
        return this.eval(c ? e.trueResult : e.falseResult);
      }
      case 'FunctionCall':
        return this.call(e.name, e.args, e.expandFinal, e);
      case 'For':
        return this.forExpr(e);
      case 'Splat': {
        const src = this.eval(e.source);
        if (src instanceof Unknown) return src;
        const items = Array.isArray(src) ? src : src === null ? [] : [src];
        return items.map((item) => this.withScope('\u0000splat', item).eval(e.each));
      }
      case 'AnonSymbol':
        return this.ctx.scope?.get('\u0000splat') ?? new Unknown('expression', e, 'a splat element');
      case 'TemplateIf':
      case 'TemplateFor':
        return this.template({ type: 'Template', parts: [e], start: e.start, end: e.end });
      case 'Invalid':
        return new Unknown('invalid', e, 'syntax error');
    }
  }

  private withScope(name: string, value: Value): Evaluator {
    const scope = new Map(this.ctx.scope ?? []);
    scope.set(name, value);
    return new Evaluator(this.src, { ...this.ctx, scope });
  }

  private typeError(at: Span, detail: string): Unknown {
    return new Unknown('type-error', at, detail);
  }

  private objectKey(key: Expression, forceNonLiteral: boolean): string | Unknown {
    // A bare name as an object key is the name itself, not a variable.
    if (!forceNonLiteral && key.type === 'ScopeTraversal' && key.steps.length === 0) return key.root;
    const v = this.eval(key);
    if (v instanceof Unknown) return v;
    const s = toTemplateString(v);
    return s === null ? this.typeError(key, 'object key is not a string') : s;
  }

  private scopeTraversal(e: ScopeTraversalExpr): Value {
    const bound = this.ctx.scope?.get(e.root);
    if (bound !== undefined) return this.applySteps(bound, e.steps, e);
    const resolved = this.ctx.resolve?.(e, this.src);
    if (resolved !== undefined) return resolved;
    return new Unknown('reference', e, this.text(e), traversalRef(e));
  }

  private applySteps(base: Value, steps: TraversalStep[], at: Span): Value {
    let v = base;
    for (const s of steps) {
      if (v instanceof Unknown) return v;
      v = s.type === 'AttrStep' ? this.index(v, s.name, at) : s.key === null ? new Unknown('invalid', s, 'index') : this.index(v, s.key, at);
    }
    return v;
  }

  private index(coll: Value, key: Value, at: Span): Value {
    if (coll instanceof Unknown) return coll;
    if (key instanceof Unknown) return key;
    if (Array.isArray(coll)) {
      const i = typeof key === 'number' ? key : typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : NaN;
      if (!Number.isInteger(i) || i < 0 || i >= coll.length) return this.typeError(at, 'index out of range');
      return coll[i]!;
    }
    if (isObjectValue(coll)) {
      const k = toTemplateString(key);
      if (k === null || !(k in coll)) return this.typeError(at, `no attribute ${describeValue(key)}`);
      return coll[k]!;
    }
    return this.typeError(at, 'value cannot be indexed');
  }

  private binary(op: string, l: Value, r: Value, at: Span): Value {
    // Logical operators short-circuit on a known operand even when the other is unknown.
    if (op === '&&' && (l === false || r === false)) return false;
    if (op === '||' && (l === true || r === true)) return true;
    if (l instanceof Unknown) return l;
    if (r instanceof Unknown) return r;
    switch (op) {
      case '==':
        return deepEqual(l, r);
      case '!=':
        return !deepEqual(l, r);
      case '&&':
      case '||':
        if (typeof l !== 'boolean' || typeof r !== 'boolean') return this.typeError(at, `${op} needs bools`);
        return op === '&&' ? l && r : l || r;
    }
    const a = toNumber(l);
    const b = toNumber(r);
    if (a === null || b === null) return this.typeError(at, `${op} needs numbers`);
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        return b === 0 ? this.typeError(at, 'division by zero') : a / b;
      case '%':
        return b === 0 ? this.typeError(at, 'division by zero') : a % b;
      case '<':
        return a < b;
      case '<=':
        return a <= b;
      case '>':
        return a > b;
      default:
        return a >= b;
    }
  }

  private template(t: TemplateExpr): Value {
    let out = '';
    for (const part of t.parts) {
      if (part.type === 'Literal' && typeof part.value === 'string') {
        out += part.value;
        continue;
      }
      if (part.type === 'TemplateIf') {
        const c = this.eval(part.condition);
        if (c instanceof Unknown) return c;
        if (typeof c !== 'boolean') return this.typeError(part.condition, 'condition is not a bool');
        const branch = c ? part.trueResult : part.falseResult;
        if (branch) {
          const v = this.template(branch);
          if (v instanceof Unknown) return v;
          out += v as string;
        }
        continue;
      }
      if (part.type === 'TemplateFor') {
        const coll = this.eval(part.collection);
        if (coll instanceof Unknown) return coll;
        for (const [k, v] of entries(coll)) {
          let ev: Evaluator = this.withScope(part.valVar, v);
          if (part.keyVar) ev = ev.withScope(part.keyVar, k);
          const s = ev.template(part.body);
          if (s instanceof Unknown) return s;
          out += s as string;
        }
        continue;
      }
      const v = this.eval(part);
      if (v instanceof Unknown) return v;
      const s = toTemplateString(v);
      if (s === null) return this.typeError(part, 'value cannot be used in a string template');
      out += s;
    }
    return out;
  }

  private forExpr(e: Extract<Expression, { type: 'For' }>): Value {
    const coll = this.eval(e.collection);
    if (coll instanceof Unknown) return new Unknown(coll.reason, coll.span, coll.detail);
    const tuple: Value[] = [];
    const obj: ValueObject = Object.create(null) as ValueObject;
    for (const [k, v] of entries(coll)) {
      let ev: Evaluator = this.withScope(e.valVar, v);
      if (e.keyVar) ev = ev.withScope(e.keyVar, k);
      if (e.condition) {
        const c = ev.eval(e.condition);
        if (c instanceof Unknown) return c;
        if (c !== true) continue;
      }
      const val = ev.eval(e.valExpr);
      if (!e.object) {
        tuple.push(val);
        continue;
      }
      const key = e.keyExpr ? ev.eval(e.keyExpr) : null;
      if (key instanceof Unknown) return key;
      const ks = toTemplateString(key);
      if (ks === null) return this.typeError(e, 'for expression key is not a string');
      if (e.group) {
        const existing = obj[ks];
        if (Array.isArray(existing)) existing.push(val);
        else obj[ks] = [val];
      } else obj[ks] = val;
    }
    return e.object ? obj : tuple;
  }

  private call(name: string, argExprs: Expression[], expandFinal: boolean, at: Span): Value {
    const fn = FUNCTIONS[name];
    if (!fn) return new Unknown('function', at, `function ${name}()`, { kind: 'function', name });
    let args = argExprs.map((a) => this.eval(a));
    if (expandFinal && args.length > 0) {
      const last = args[args.length - 1]!;
      if (last instanceof Unknown) return last;
      if (!Array.isArray(last)) return this.typeError(at, 'expanded argument is not a list');
      args = [...args.slice(0, -1), ...last];
    }
    for (const a of args) {
      // jsonencode and friends may still work with unknowns inside (rules read the structure), so only
      // functions that need every argument fully known refuse here.
      if (a instanceof Unknown && fn.strict) return a;
    }
    try {
      const r = fn.impl(args);
      return r === undefined ? this.typeError(at, `${name}() does not accept these arguments`) : r;
    } catch {
      return this.typeError(at, `${name}() failed on these arguments`);
    }
  }
}

/** What a reference that could not be resolved stands for, as data. */
export function traversalRef(e: ScopeTraversalExpr): UnknownRef {
  // Index steps (`aws_s3_bucket.b[0].id`) select an instance of the same resource: only names matter.
  const names = e.steps.flatMap((s) => (s.type === 'AttrStep' ? [s.name] : []));
  switch (e.root) {
    case 'var':
      return names[0] ? { kind: 'variable', name: names[0] } : { kind: 'other' };
    case 'local':
    case 'each':
    case 'count':
    case 'path':
    case 'terraform':
    case 'self':
      return { kind: 'other' };
    case 'module':
      return names[0] ? (names[1] ? { kind: 'module', address: `module.${names[0]}`, output: names[1] } : { kind: 'module', address: `module.${names[0]}` }) : { kind: 'other' };
    case 'data':
      if (!names[0] || !names[1]) return { kind: 'other' };
      return names[2] ? { kind: 'data', address: `data.${names[0]}.${names[1]}`, attribute: names[2] } : { kind: 'data', address: `data.${names[0]}.${names[1]}` };
    default:
      if (!names[0]) return { kind: 'other' };
      return names[1] ? { kind: 'resource', address: `${e.root}.${names[0]}`, attribute: names[1] } : { kind: 'resource', address: `${e.root}.${names[0]}` };
  }
}

/** A short, never-throwing description of a value for messages (objects may have no prototype). */
function describeValue(v: Value): string {
  if (v instanceof Unknown) return 'an unknown value';
  if (Array.isArray(v)) return 'a list';
  if (isObjectValue(v)) return 'an object';
  return JSON.stringify(v);
}

function entries(coll: Value): [Value, Value][] {
  if (Array.isArray(coll)) return coll.map((v, i) => [i, v]);
  if (isObjectValue(coll)) return Object.keys(coll).sort().map((k) => [k, coll[k]!]);
  return [];
}

function toNumber(v: Value): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(v)) return Number(v);
  return null;
}

function deepEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]!));
  if (isObjectValue(a) && isObjectValue(b)) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && deepEqual(a[k]!, b[k]!));
  }
  return false;
}

interface BuiltIn {
  /** When true, any unknown argument makes the result unknown without calling `impl`. */
  strict: boolean;
  impl(args: Value[]): Value | undefined;
}

const str = (v: Value): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);

/** Pure Terraform functions whose results rules commonly need (policies are usually jsonencode()d). */
const FUNCTIONS: Record<string, BuiltIn> = {
  jsonencode: {
    strict: false,
    // Keeps unknowns inside the structure: a policy document with one unknown ARN is still readable.
    impl: ([v]) => (v === undefined ? undefined : v instanceof Unknown ? v : jsonEncodeWithUnknowns(v)),
  },
  jsondecode: {
    strict: true,
    impl: ([v]) => (typeof v === 'string' ? (JSON.parse(v) as Value) : undefined),
  },
  lower: { strict: true, impl: ([v]) => str(v ?? null)?.toLowerCase() },
  upper: { strict: true, impl: ([v]) => str(v ?? null)?.toUpperCase() },
  trimspace: { strict: true, impl: ([v]) => str(v ?? null)?.trim() },
  tostring: { strict: true, impl: ([v]) => (v === null ? null : str(v ?? null)) },
  tonumber: { strict: true, impl: ([v]) => (v === null ? null : toNumber(v ?? null) ?? undefined) },
  tobool: {
    strict: true,
    impl: ([v]) => (typeof v === 'boolean' || v === null ? v : v === 'true' ? true : v === 'false' ? false : undefined),
  },
  tolist: { strict: false, impl: ([v]) => (Array.isArray(v) ? v : undefined) },
  toset: { strict: false, impl: ([v]) => (Array.isArray(v) ? v : undefined) },
  concat: { strict: true, impl: (args) => (args.every(Array.isArray) ? (args as Value[][]).flat() : undefined) },
  merge: {
    strict: true,
    impl: (args) => {
      const out: ValueObject = Object.create(null) as ValueObject;
      for (const a of args) {
        if (a === null) continue;
        if (!isObjectValue(a)) return undefined;
        Object.assign(out, a);
      }
      return out;
    },
  },
  length: {
    strict: true,
    impl: ([v]) =>
      typeof v === 'string' ? [...v].length : Array.isArray(v) ? v.length : isObjectValue(v ?? null) ? Object.keys(v as ValueObject).length : undefined,
  },
  join: {
    strict: true,
    impl: ([sep, ...lists]) => {
      if (typeof sep !== 'string') return undefined;
      const items = lists.flat();
      const strs = items.map((x) => str(x));
      return strs.every((s) => s !== undefined) ? strs.join(sep) : undefined;
    },
  },
  split: {
    strict: true,
    impl: ([sep, s]) => (typeof sep === 'string' && typeof s === 'string' ? s.split(sep) : undefined),
  },
  contains: {
    strict: true,
    impl: ([list, v]) => (Array.isArray(list) && v !== undefined ? list.some((x) => deepEqual(x, v)) : undefined),
  },
  coalesce: {
    strict: true,
    impl: (args) => args.find((a) => a !== null && a !== '') ?? undefined,
  },
};

/**
 * jsonencode over a value that may hold unknowns: fully known values become the JSON string Terraform
 * would produce; otherwise the structure itself is returned (callers that parse JSON policies accept
 * either a string or the structure), so rules can still read the known parts.
 */
function jsonEncodeWithUnknowns(v: Value): Value {
  if (firstUnknown(v)) return v;
  return JSON.stringify(v);
}
