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
import { firstUnknown, isObjectValue, sameValue, toTemplateString, Unknown } from '../../core/value';
import type { Provenance, UnknownRef, Value, ValueObject } from '../../core/value';
import { FUNCTIONS, LIMITS, LimitExceeded } from './functions';

/** Work one top-level evaluation may do before it gives up with an explained "evaluation limit" unknown. */
export const EVAL_BUDGET = {
  /** Expression nodes evaluated (a `for` over 1,000 items evaluating its body counts 1,000 and more). */
  steps: 200_000,
  /** Nested evaluations (deeply nested expressions, locals referring to locals). */
  depth: 200,
};

export interface EvalContext {
  /**
   * Resolves a reference (`var.x`, `local.y`, `aws_s3_bucket.b.id`); undefined leaves it unknown. A
   * resolver that reads a value through a default or an input records where it came from in `trace`.
   */
  resolve?(traversal: ScopeTraversalExpr, source: string, trace: Provenance[] | undefined): Value | undefined;
  /** Values bound by enclosing `for` expressions, `count`, `each` and dynamic block iterators. */
  scope?: ReadonlyMap<string, Value>;
  /** Collects the provenance of values read through defaults and inputs. */
  trace?: Provenance[];
  /** Shared by nested evaluations of one top-level call (for expressions, resolvers re-entering). */
  budget?: { steps: number; depth: number };
}

/**
 * Where a bound value (`each`, `count`, a dynamic block iterator) came from: the provenance of the
 * for_each/count that made it, pushed to the trace whenever the binding is read.
 */
const bindingProvenance = new WeakMap<object, readonly Provenance[]>();

export function setBindingProvenance(bound: object, via: readonly Provenance[]): void {
  if (via.length > 0) bindingProvenance.set(bound, via);
}

/** True for unknowns that stand for an evaluation error (`try` moves on from these, as Terraform's does). */
export function isEvalError(v: Value): v is Unknown {
  return v instanceof Unknown && (v.reason === 'type-error' || v.reason === 'invalid');
}

/** Evaluates an expression of the tree parsed from `source`. Never throws; bounded by EVAL_BUDGET. */
export function evaluate(expr: Expression, source: string, ctx: EvalContext = {}): Value {
  const budget = ctx.budget ?? { steps: 0, depth: 0 };
  const depth = budget.depth;
  try {
    return new Evaluator(source, ctx.budget ? ctx : { ...ctx, budget }).eval(expr);
  } catch (e) {
    budget.depth = depth;
    if (e instanceof LimitExceeded) return new Unknown('expression', expr, `an evaluation limit (${e.what})`, { kind: 'limit', what: e.what });
    if (e instanceof RangeError) return new Unknown('expression', expr, 'an evaluation limit (nesting too deep)', { kind: 'limit', what: 'nesting too deep' });
    throw e;
  }
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
    const budget = this.ctx.budget!;
    if (++budget.steps > EVAL_BUDGET.steps) throw new LimitExceeded(`more than ${EVAL_BUDGET.steps} evaluation steps`);
    if (++budget.depth > EVAL_BUDGET.depth) throw new LimitExceeded(`expressions nested more than ${EVAL_BUDGET.depth} deep`);
    try {
      return this.evalNode(e);
    } finally {
      budget.depth--;
    }
  }

  private evalNode(e: Expression): Value {
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
        if (e.items.length > LIMITS.collection) throw new LimitExceeded(`a list of more than ${LIMITS.collection} items`);
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
        if (coll instanceof Unknown) return selectedInstance(coll, key);
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
        if (c instanceof Unknown) {
          // Whichever way an unknown condition goes, equal known branches give a known value.
          const a = this.eval(e.trueResult);
          const b = this.eval(e.falseResult);
          return firstUnknown(a) === null && firstUnknown(b) === null && sameValue(a, b) ? a : c;
        }
        const cond = c === 'true' ? true : c === 'false' ? false : c;
        if (typeof cond !== 'boolean') return this.typeError(e.condition, 'condition is not a bool');
        return this.eval(cond ? e.trueResult : e.falseResult);
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
    if (bound !== undefined) {
      const via = typeof bound === 'object' && bound !== null ? bindingProvenance.get(bound) : undefined;
      if (via && this.ctx.trace) this.ctx.trace.push(...via);
      return this.applySteps(bound, e.steps, e);
    }
    const resolved = this.ctx.resolve?.(e, this.src, this.ctx.trace);
    if (resolved !== undefined) return resolved;
    return new Unknown('reference', e, this.text(e), traversalRef(e));
  }

  private applySteps(base: Value, steps: TraversalStep[], at: Span): Value {
    return applySteps(base, steps, at);
  }

  private index(coll: Value, key: Value, at: Span): Value {
    return indexValue(coll, key, at);
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
    // The first unknown interpolation decides the result; the known parts around it (and later unknowns
    // as `${...}`) are kept as the Unknown's `text`, for rules that need only the known parts (the policy
    // name in `arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess`).
    let unknown: Unknown | null = null;
    for (const part of t.parts) {
      if (part.type === 'Literal' && typeof part.value === 'string') {
        out += part.value;
        continue;
      }
      if (part.type === 'TemplateIf') {
        const c = this.eval(part.condition);
        if (c instanceof Unknown) return unknown ?? c;
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
      if (v instanceof Unknown) {
        if (v.reason === 'invalid' || v.reason === 'type-error') return unknown ?? v;
        unknown ??= v;
        // A reference to a resource is written as the resource it names, even through a variable or a
        // local (a module's `${var.metric}` given `google_logging_metric.m.name`), so joins on the text see it.
        const named = part.type === 'ScopeTraversal' && (v.ref.kind === 'resource' || v.ref.kind === 'data');
        out += `\${${named ? v.detail : this.text(part)}}`;
        continue;
      }
      const s = toTemplateString(v);
      if (s === null) return unknown ?? this.typeError(part, 'value cannot be used in a string template');
      out += s;
      if (out.length > LIMITS.string) throw new LimitExceeded(`a string of more than ${LIMITS.string} characters`);
    }
    return unknown ? new Unknown(unknown.reason, unknown.span, unknown.detail, unknown.ref, out) : out;
  }

  private forExpr(e: Extract<Expression, { type: 'For' }>): Value {
    const coll = this.eval(e.collection);
    // Keep what the collection depends on (its ref) so joins and the JSON report still name it.
    if (coll instanceof Unknown) return new Unknown(coll.reason, coll.span, coll.detail, coll.ref);
    const tuple: Value[] = [];
    const obj: ValueObject = Object.create(null) as ValueObject;
    const items = entries(coll);
    if (items.length > LIMITS.collection) throw new LimitExceeded(`a for expression over more than ${LIMITS.collection} items`);
    for (const [k, v] of items) {
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
    // try() and can() look at their arguments' errors, so they evaluate them one at a time.
    if (name === 'try') return this.tryCall(argExprs, at);
    if (name === 'can') {
      if (argExprs.length !== 1) return this.typeError(at, 'can() takes one argument');
      const v = this.eval(argExprs[0]!);
      if (isEvalError(v)) return false;
      const u = firstUnknown(v);
      return u && !isEvalError(u) ? u : u ? false : true;
    }
    const fn = FUNCTIONS[name];
    if (!fn) return new Unknown('function', at, `function ${name}()`, { kind: 'function', name });
    let args = argExprs.map((a) => this.eval(a));
    if (expandFinal && args.length > 0) {
      const last = args[args.length - 1]!;
      if (last instanceof Unknown) return last;
      if (!Array.isArray(last)) return this.typeError(at, 'expanded argument is not a list');
      args = [...args.slice(0, -1), ...last];
    }
    // Functions that need their arguments known refuse an unknown argument; structural ones (concat,
    // merge, jsonencode) keep unknowns nested inside known collections.
    if (fn.strict) for (const a of args) if (a instanceof Unknown) return a;
    try {
      const r = fn.impl(args);
      if (r !== undefined) return r;
    } catch (e) {
      if (e instanceof LimitExceeded) throw e;
    }
    // An argument that did not fit because part of it is unknown makes the result unknown, not an error.
    for (const a of args) {
      const u = firstUnknown(a);
      if (u) return u;
    }
    return this.typeError(at, `${name}() does not accept these arguments`);
  }

  /** try(a, b, ...): the first argument that evaluates without an error; an unknown one makes it unknown. */
  private tryCall(argExprs: Expression[], at: Span): Value {
    for (const a of argExprs) {
      const v = this.eval(a);
      if (isEvalError(v)) continue;
      const u = firstUnknown(v);
      if (u && isEvalError(u)) continue;
      return v;
    }
    return this.typeError(at, 'no argument of try() could be evaluated');
  }
}

/** Follows traversal steps (`.name`, `[0]`) into a value; an error is an explained type-error unknown. */
export function applySteps(base: Value, steps: readonly TraversalStep[], at: Span): Value {
  let v = base;
  for (const s of steps) {
    if (v instanceof Unknown) return s.type === 'AttrStep' ? withAttribute(v, s.name) : v;
    v = s.type === 'AttrStep' ? indexValue(v, s.name, at) : s.key === null ? new Unknown('invalid', s, 'index') : indexValue(v, s.key, at);
  }
  return v;
}

/**
 * A resource reference indexed by an expression (`azurerm_key_vault.kv[count.index]`): the same unknown,
 * its ref naming the instance the key selects, so joins pair instances (rules' `refersTo`). The words
 * (`detail`) stay as they were.
 */
function selectedInstance(coll: Unknown, key: Value): Unknown {
  const ref = coll.ref;
  if (ref.kind !== 'resource' || ref.key !== undefined || ref.attribute !== undefined) return coll;
  if (coll.detail !== ref.address) return coll;
  const k = typeof key === 'number' && Number.isInteger(key) ? `[${key}]` : typeof key === 'string' ? `[${JSON.stringify(key)}]` : null;
  if (k === null) return coll;
  return new Unknown(coll.reason, coll.span, coll.detail, { ...ref, key: k }, coll.text, coll.shape);
}

/** The first attribute read from a resource reference (`...kv[count.index].id`) names what it refers to. */
function withAttribute(v: Unknown, name: string): Unknown {
  const ref = v.ref;
  if (ref.kind !== 'resource' || ref.attribute !== undefined || ref.key === undefined) return v;
  return new Unknown(v.reason, v.span, v.detail, { ...ref, attribute: name }, v.text, v.shape);
}

/** `coll[key]` as Terraform indexes lists, tuples, maps and objects. */
export function indexValue(coll: Value, key: Value, at: Span): Value {
  if (coll instanceof Unknown) return coll;
  if (key instanceof Unknown) return key;
  if (Array.isArray(coll)) {
    const i = typeof key === 'number' ? key : typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : NaN;
    if (!Number.isInteger(i) || i < 0 || i >= coll.length) return new Unknown('type-error', at, 'index out of range');
    return coll[i]!;
  }
  if (isObjectValue(coll)) {
    const k = toTemplateString(key);
    if (k === null || !Object.prototype.hasOwnProperty.call(coll, k)) return new Unknown('type-error', at, `no attribute ${describeValue(key)}`);
    return coll[k]!;
  }
  if (coll === null) return new Unknown('type-error', at, 'a null value cannot be indexed');
  return new Unknown('type-error', at, 'value cannot be indexed');
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
  return sameValue(a, b);
}
