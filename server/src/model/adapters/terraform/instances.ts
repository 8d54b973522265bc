// SPDX-License-Identifier: Apache-2.0
// Resource instances and `dynamic` blocks, as Terraform expands them.
//
// `count` and `for_each` with known values give one instance per index or key, each with its `count.index`
// or `each.key`/`each.value` bound; a count of 0 (or an empty for_each) means the resource does not exist
// for these inputs. An unknown count or for_each gives one instance whose index or key is unknown, so
// attribute checks still run (they hold for any instance that exists) and what depends on the key is
// "cannot verify".
//
// A `dynamic` block with a known `for_each` becomes the nested blocks it generates: its `content` is
// copied once per item, with the iterator (`ingress.value`) bound to the item. An unknown for_each leaves
// the dynamic block in place, and adapters treat the block it stands for as "maybe present".

import type { Attribute, Block, Body, Expression } from '../../../parsers/hcl/ast';
import { isObjectValue, toTemplateString, Unknown } from '../../../core/value';
import type { Provenance, Value, ValueObject } from '../../../core/value';
import { setBindingProvenance } from '../../../parsers/hcl/evaluate';
import type { ModuleScope } from './scope';
import type { TfFile } from './module';
import { synthesizedNodes } from './reads';

/** At most this many instances of one resource (or generated blocks of one dynamic block). */
export const MAX_INSTANCES = 1000;

export interface Instance {
  /** `[0]`, `["logs"]`, or '' for a resource with neither count nor for_each. */
  suffix: string;
  /**
   * Set when the instance exists only for some values of something unknown (`count = var.create ? 1 : 0`
   * with `var.create` unknown): findings on it hold "if it is created", naming what decides that.
   */
  maybe?: Unknown;
  /** The instance key (index or for_each key) when known. */
  key?: number | string;
  bindings: Map<string, Value>;
}

function quoteKey(k: string): string {
  return `[${JSON.stringify(k)}]`;
}

/**
 * The values an expression can take: its value when known; for a conditional whose condition is unknown,
 * the values of both branches (`var.create ? length(var.rules) : 0` is 0 or the number of rules).
 */
function possibleValues(scope: ModuleScope, file: TfFile, expr: Expression, via: Provenance[], depth = 0): { values: Value[]; undecided: Unknown | null } {
  let e = expr;
  while (e.type === 'Parentheses' || e.type === 'TemplateWrap') e = e.type === 'Parentheses' ? e.expr : e.wrapped;
  if (e.type === 'Conditional' && depth < 4) {
    const c = scope.evaluate(file, e.condition, undefined, via);
    if (c instanceof Unknown) {
      const a = possibleValues(scope, file, e.trueResult, via, depth + 1);
      const b = possibleValues(scope, file, e.falseResult, via, depth + 1);
      return { values: [...a.values, ...b.values], undecided: c };
    }
  }
  return { values: [scope.evaluate(file, expr, undefined, via)], undecided: null };
}

/** A binding object (`{index}`, `{key, value}`) that remembers the provenance of what made it. */
function bound(fields: Record<string, Value>, via: readonly Provenance[]): ValueObject {
  const o = obj(fields);
  setBindingProvenance(o, via);
  return o;
}

/** The instances of a block with `count` / `for_each`, or one plain instance. */
export function instancesOf(scope: ModuleScope, file: TfFile, block: Block): Instance[] {
  const count = block.body.attributes.find((a) => a.name === 'count');
  const forEach = block.body.attributes.find((a) => a.name === 'for_each');
  if (count) {
    const via: Provenance[] = [];
    const { values, undecided } = possibleValues(scope, file, count.expr, via);
    const ns = values.map((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v));
    const known = ns.every((n): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0);
    if (known) {
      const n = Math.max(...ns);
      if (n > MAX_INSTANCES) return [unknownInstance('count', new Unknown('expression', count.expr, `count = ${n}, more instances than are evaluated (${MAX_INSTANCES})`, { kind: 'limit', what: `more than ${MAX_INSTANCES} instances` }))];
      return Array.from({ length: n }, (_, i) => withMaybe({ suffix: `[${i}]`, key: i, bindings: new Map<string, Value>([['count', bound({ index: i }, via)]]) }, undecided));
    }
    const bad = ns.find((n) => !(typeof n === 'number' && Number.isInteger(n) && n >= 0));
    const u = bad instanceof Unknown ? bad : new Unknown('type-error', count.expr, 'count is not a whole number');
    return [withMaybe(unknownInstance('count', u), u)];
  }
  if (forEach) {
    const via: Provenance[] = [];
    const { values, undecided } = possibleValues(scope, file, forEach.expr, via);
    const all: [string, Value][] = [];
    for (const v of values) {
      const items = forEachItems(v);
      if (items instanceof Unknown) return [withMaybe(unknownInstance('each', items), items)];
      for (const item of items) if (!all.some(([k]) => k === item[0])) all.push(item);
    }
    if (all.length > MAX_INSTANCES) return [unknownInstance('each', new Unknown('expression', forEach.expr, `for_each over ${all.length} items, more instances than are evaluated (${MAX_INSTANCES})`, { kind: 'limit', what: `more than ${MAX_INSTANCES} instances` }))];
    return all.map(([k, val]) => withMaybe({ suffix: quoteKey(k), key: k, bindings: new Map<string, Value>([['each', bound({ key: k, value: val }, via)]]) }, undecided));
  }
  return [{ suffix: '', bindings: new Map() }];
}

function withMaybe(instance: Instance, undecided: Unknown | null): Instance {
  if (undecided) instance.maybe = undecided;
  return instance;
}

function unknownInstance(kind: 'count' | 'each', u: Unknown): Instance {
  const bound = kind === 'count' ? obj({ index: u }) : obj({ key: u, value: u });
  return { suffix: '', bindings: new Map<string, Value>([[kind, bound]]) };
}

function obj(fields: Record<string, Value>): ValueObject {
  const out = Object.create(null) as ValueObject;
  for (const [k, v] of Object.entries(fields)) out[k] = v;
  return out;
}

/** for_each's items as [key, value]: a map's entries, or a set of strings (key and value are the string). */
function forEachItems(v: Value): [string, Value][] | Unknown {
  if (v instanceof Unknown) return v;
  if (isObjectValue(v)) return Object.keys(v).sort().map((k) => [k, v[k]!]);
  if (Array.isArray(v)) {
    const out: [string, Value][] = [];
    for (const x of v) {
      if (x instanceof Unknown) return x;
      const s = toTemplateString(x);
      if (s === null) return new Unknown('type-error', { start: 0, end: 0 }, 'for_each needs a map or a set of strings');
      if (!out.some(([k]) => k === s)) out.push([s, x]);
    }
    return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
  if (v === null) return new Unknown('type-error', { start: 0, end: 0 }, 'for_each is null');
  return new Unknown('type-error', { start: 0, end: 0 }, 'for_each needs a map or a set of strings');
}

// ---- dynamic blocks -----------------------------------------------------------------------------------

/** Blocks made from a dynamic block's `content`: adapters give their attributes no fix location. */
const generated = new WeakSet<Block>();

export function isGeneratedBlock(block: Block): boolean {
  return generated.has(block);
}

let iteratorCounter = 0;

/**
 * The block with its dynamic blocks (at any depth) expanded where their for_each is known. Returns the
 * same object when there is nothing to expand. Iterator values are added to `bindings` under fresh names.
 */
export function expandDynamic(scope: ModuleScope, file: TfFile, block: Block, bindings: Map<string, Value>, depth = 0): Block {
  if (depth > 16 || !block.body.blocks.some((b) => b.blockType === 'dynamic' || b.body.blocks.length > 0)) return block;
  let changed = false;
  const items: (Attribute | Block)[] = [];
  for (const item of block.body.items) {
    if (item.type !== 'Block') {
      items.push(item);
      continue;
    }
    if (item.blockType !== 'dynamic') {
      const inner = expandDynamic(scope, file, item, bindings, depth + 1);
      if (inner !== item) changed = true;
      items.push(inner);
      continue;
    }
    const made = expandOne(scope, file, item, bindings, depth);
    if (made === null) {
      items.push(item);
      continue;
    }
    changed = true;
    items.push(...made);
  }
  if (!changed) return block;
  const body: Body = { ...block.body, items, attributes: items.filter((i): i is Attribute => i.type === 'Attribute'), blocks: items.filter((i): i is Block => i.type === 'Block') };
  const copy: Block = { ...block, body };
  synthesizedNodes.set(body, file.path);
  synthesizedNodes.set(copy, file.path);
  if (generated.has(block)) generated.add(copy);
  return copy;
}

/** The blocks one dynamic block generates, or null when its for_each is unknown (left as it is). */
function expandOne(scope: ModuleScope, file: TfFile, dyn: Block, bindings: Map<string, Value>, depth: number): Block[] | null {
  const type = dyn.labels[0]?.value;
  const forEach = dyn.body.attributes.find((a) => a.name === 'for_each');
  const content = dyn.body.blocks.find((b) => b.blockType === 'content');
  if (!type || !forEach || !content) return null;
  const via: Provenance[] = [];
  const v = scope.evaluate(file, forEach.expr, bindings, via);
  let items: [Value, Value][];
  if (Array.isArray(v)) items = v.map((x, i) => [i, x]);
  else if (isObjectValue(v)) items = Object.keys(v).sort().map((k) => [k, v[k]!]);
  else return null;
  if (items.some(([, x]) => x instanceof Unknown) || items.length > MAX_INSTANCES) return null;
  const iteratorAttr = dyn.body.attributes.find((a) => a.name === 'iterator');
  const iterator = iteratorAttr && iteratorAttr.expr.type === 'ScopeTraversal' && iteratorAttr.expr.steps.length === 0 ? iteratorAttr.expr.root : type;
  const out: Block[] = [];
  // What each generated block copies is the same for all of them: found once per content body and
  // iterator name (the parse tree is shared by every instance and every call of the module).
  const hot = hotPaths(content.body, iterator);
  for (const [k, val] of items) {
    const name = `\u0000dyn${++iteratorCounter}`;
    bindings.set(name, bound({ key: k, value: val }, via));
    const body = renameRoots(content.body, iterator, name, file.path, hot) as Body;
    // A generated block is shown where its dynamic block's label is (the parser's own span: it moves with the tree).
    const block: Block = { ...content, blockType: type, typeRange: dyn.typeRange, labels: [], header: dyn.typeRange, body };
    synthesizedNodes.set(block, file.path);
    generated.add(block);
    out.push(expandDynamic(scope, file, block, bindings, depth + 1));
  }
  return out;
}

const hotByBody = new WeakMap<object, Map<string, ReadonlySet<object>>>();

/** pathsToRoot of a content body for an iterator name, remembered per body (parse trees do not change). */
function hotPaths(body: object, from: string): ReadonlySet<object> {
  let byName = hotByBody.get(body);
  if (!byName) hotByBody.set(body, (byName = new Map()));
  let hot = byName.get(from);
  if (!hot) {
    const found = new Set<object>();
    pathsToRoot(body, from, found, new Set());
    byName.set(from, (hot = found));
  }
  return hot;
}

/**
 * Adds to `hot` the nodes of the subtree on a path to a traversal rooted at `from` (those renameRoots
 * copies); whether `node` is one.
 */
function pathsToRoot(node: unknown, from: string, hot: Set<object>, seen: Set<object>): boolean {
  if (typeof node !== 'object' || node === null) return false;
  // A node met again (shared within the subtree) has its answer already.
  if (seen.has(node)) return hot.has(node);
  seen.add(node);
  let found = false;
  if (Array.isArray(node)) {
    for (const x of node as unknown[]) if (pathsToRoot(x, from, hot, seen)) found = true;
  } else {
    const e = node as Expression;
    if (e.type === 'ScopeTraversal' && e.root === from) found = true;
    const o = node as Record<string, unknown>;
    for (const k in o) if (pathsToRoot(o[k], from, hot, seen)) found = true;
  }
  if (found) hot.add(node);
  return found;
}

/**
 * The AST subtree with traversals rooted at `from` rooted at `to` instead: only the nodes on a path to such
 * a traversal (`hot`, from pathsToRoot) are copied, the rest is shared with the original (a `content` block
 * is mostly literals and other references, and was copied whole for each generated block; then walked whole
 * for each, which was 2% of an audit). Spans are kept (findings still point at the dynamic block's content);
 * nodes shared within the subtree stay shared.
 */
function renameRoots(node: unknown, from: string, to: string, path: string, hot: ReadonlySet<object>, memo = new Map<object, unknown>()): unknown {
  if (typeof node !== 'object' || node === null || !hot.has(node)) return node;
  const seen = memo.get(node);
  if (seen !== undefined) return seen;
  // Unchanged until shown otherwise (also what a node met again below itself would see).
  memo.set(node, node);
  let result: unknown = node;
  if (Array.isArray(node)) {
    let arr: unknown[] | undefined;
    for (let i = 0; i < node.length; i++) {
      const x: unknown = node[i];
      const y = renameRoots(x, from, to, path, hot, memo);
      if (y !== x && !arr) arr = node.slice(0, i) as unknown[];
      if (arr) arr.push(y);
    }
    if (arr) result = arr;
  } else {
    const e = node as Expression;
    let out: Record<string, unknown> | undefined = e.type === 'ScopeTraversal' && e.root === from ? { ...node, root: to } : undefined;
    const o = node as Record<string, unknown>;
    for (const k in o) {
      const v = o[k];
      const y = renameRoots(v, from, to, path, hot, memo);
      if (y === v) continue;
      out ??= { ...node };
      out[k] = y;
    }
    if (out) {
      synthesizedNodes.set(out, path);
      result = out;
    }
  }
  memo.set(node, result);
  return result;
}
