// SPDX-License-Identifier: Apache-2.0
// Incremental parsing for the editor. A keystroke changes one top-level block of a Terraform file; the
// rest of the tree is kept. From the previous tree and the new text: find the changed range (common
// prefix and suffix), re-parse only the top-level items it touches (as one slice, from the end of the
// last untouched item before it to the start of the first untouched item after it), move the items after
// it by the length difference, and join. Only done when the previous tree and the re-parsed slice have no
// diagnostics, so HCL's recovery (an unclosed brace swallowing the rest of the file) always sees the
// whole text; anything else is a full parse. test/corpus/hcl-incremental.test.ts checks the result equals
// the full parse over the corpus.
//
// The items after the edit are moved IN PLACE: the previous tree belongs to this object and must not be
// used once a newer text has been parsed (the analysis service drops it with its cache entry).

import type { AnonSymbolExpr, Attribute, Block, Comment, Expression, HclFile, Span } from './ast';
import { parseHcl } from './parser';
import { commonAffixes } from '../../core/common-affixes';

/**
 * Adds `delta` to every `start`/`end` of a node and everything under it (all offsets in the tree are
 * spans). Each node must move once, and two kinds of node are reachable twice: a body lists its
 * attributes and blocks in `items` and again in `attributes` / `blocks` (only `items` is walked), and a
 * splat's `item` is also inside its `each` (walked there, and on its own only when it is not). The corpus
 * test would see any other sharing as a double move.
 *
 * The walk knows the node kinds of ast.ts (a reflective walk over every property of every node was 5% of
 * a keystroke's server time); a node of a kind it does not know falls back to the reflective walk.
 */
function shiftInPlace(nodes: readonly (Attribute | Block)[], delta: number): void {
  const moved = new Set<AnonSymbolExpr>();
  for (const n of nodes) shiftItem(n, delta, moved);
}

function shiftSpan(s: Span, delta: number): void {
  s.start += delta;
  s.end += delta;
}

function shiftItem(n: Attribute | Block, delta: number, moved: Set<AnonSymbolExpr>): void {
  shiftSpan(n, delta);
  if (n.type === 'Attribute') {
    shiftSpan(n.nameRange, delta);
    shiftSpan(n.equalsRange, delta);
    shiftExpr(n.expr, delta, moved);
    return;
  }
  shiftSpan(n.typeRange, delta);
  for (const l of n.labels) shiftSpan(l, delta);
  shiftSpan(n.header, delta);
  shiftSpan(n.openBrace, delta);
  shiftSpan(n.closeBrace, delta);
  shiftSpan(n.body, delta);
  for (const i of n.body.items) shiftItem(i, delta, moved);
}

function shiftExprs(list: readonly Expression[], delta: number, moved: Set<AnonSymbolExpr>): void {
  for (const e of list) shiftExpr(e, delta, moved);
}

function shiftExpr(e: Expression, delta: number, moved: Set<AnonSymbolExpr>): void {
  shiftSpan(e, delta);
  switch (e.type) {
    case 'Literal':
    case 'Invalid':
      return;
    case 'AnonSymbol':
      moved.add(e);
      return;
    case 'Template':
      shiftExprs(e.parts, delta, moved);
      return;
    case 'TemplateWrap':
    case 'ObjectKey':
      shiftExpr(e.wrapped, delta, moved);
      return;
    case 'TemplateIf':
      shiftExpr(e.condition, delta, moved);
      shiftExpr(e.trueResult, delta, moved);
      if (e.falseResult) shiftExpr(e.falseResult, delta, moved);
      return;
    case 'TemplateFor':
      shiftExpr(e.collection, delta, moved);
      shiftExpr(e.body, delta, moved);
      return;
    case 'ScopeTraversal':
      shiftSpan(e.rootRange, delta);
      for (const st of e.steps) shiftSpan(st, delta);
      return;
    case 'RelativeTraversal':
      shiftExpr(e.source, delta, moved);
      for (const st of e.steps) shiftSpan(st, delta);
      return;
    case 'Index':
      shiftExpr(e.collection, delta, moved);
      shiftExpr(e.key, delta, moved);
      shiftSpan(e.openBracket, delta);
      return;
    case 'Splat':
      shiftExpr(e.source, delta, moved);
      shiftExpr(e.each, delta, moved);
      shiftSpan(e.markerRange, delta);
      if (!moved.has(e.item)) shiftExpr(e.item, delta, moved);
      return;
    case 'FunctionCall':
      shiftSpan(e.nameRange, delta);
      shiftExprs(e.args, delta, moved);
      shiftSpan(e.openParen, delta);
      shiftSpan(e.closeParen, delta);
      return;
    case 'Tuple':
      shiftExprs(e.items, delta, moved);
      return;
    case 'Object':
      for (const it of e.items) {
        shiftExpr(it.key, delta, moved);
        shiftExpr(it.value, delta, moved);
      }
      return;
    case 'For':
      shiftExpr(e.collection, delta, moved);
      if (e.keyExpr) shiftExpr(e.keyExpr, delta, moved);
      shiftExpr(e.valExpr, delta, moved);
      if (e.condition) shiftExpr(e.condition, delta, moved);
      shiftSpan(e.openRange, delta);
      shiftSpan(e.closeRange, delta);
      return;
    case 'Conditional':
      shiftExpr(e.condition, delta, moved);
      shiftExpr(e.trueResult, delta, moved);
      shiftExpr(e.falseResult, delta, moved);
      return;
    case 'Unary':
      shiftExpr(e.operand, delta, moved);
      return;
    case 'Binary':
      shiftExpr(e.lhs, delta, moved);
      shiftExpr(e.rhs, delta, moved);
      return;
    case 'Parentheses':
      shiftExpr(e.expr, delta, moved);
      return;
    default: {
      // A kind this walk does not know (the span is already moved): its other fields, reflectively.
      const o = e as unknown as Record<string, unknown>;
      for (const key in o) if (key !== 'start' && key !== 'end') shiftAny(o[key], delta);
    }
  }
}

/** The reflective walk, for nodes of kinds shiftExpr does not know. */
function shiftAny(node: unknown, delta: number): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const x of node) shiftAny(x, delta);
    return;
  }
  const o = node as Record<string, unknown>;
  for (const key in o) {
    const v = o[key];
    if (key === 'start' || key === 'end') {
      if (typeof v === 'number') o[key] = v + delta;
    } else shiftAny(v, delta);
  }
}

/**
 * How an incrementally parsed tree differs from the tree it was made from: the top-level items re-parsed
 * (`added`) in place of `removed`, and offsets after `oldTo` (in the previous text) moved by `delta`. Every
 * other item is the previous tree's own object. Read by the analysis to reuse what the edit did not touch.
 */
export interface IncrementalChange {
  previous: HclFile;
  removed: readonly (Attribute | Block)[];
  added: readonly (Attribute | Block)[];
  oldTo: number;
  delta: number;
}

const changes = new WeakMap<HclFile, IncrementalChange>();

/** The change that made `file` from the previous parse of its document, when it was parsed incrementally. */
export function incrementalChange(file: HclFile): IncrementalChange | undefined {
  return changes.get(file);
}

export class IncrementalHcl {
  private previous: HclFile | undefined;
  /** What the last call re-parsed: the slice's length, or -1 for a full parse (tests, benchmark). */
  lastReparsedLength = -1;

  parse(text: string): HclFile {
    const prev = this.previous;
    if (prev && prev.source === text) return prev;
    const joined = prev ? this.tryIncremental(prev, text) : null;
    if (joined) {
      this.previous = joined;
      return joined;
    }
    this.lastReparsedLength = -1;
    this.previous = parseHcl(text);
    return this.previous;
  }

  private tryIncremental(prev: HclFile, text: string): HclFile | null {
    if (prev.diagnostics.length > 0) return null;
    const old = prev.source;
    const items = prev.body.items;
    if (items.length === 0) return null;
    // The changed range: [from, oldTo) in the old text, [from, newTo) in the new one.
    const { prefix: from, suffix } = commonAffixes(old, text);
    const oldTo = old.length - suffix;
    const delta = text.length - old.length;
    if (prev.body.end !== old.length) return null;
    // Untouched items: those ending before the change (a character typed right after `}` touches the
    // block) and those starting after it.
    let before = 0;
    while (before < items.length && items[before].end < from) before++;
    let after = items.length;
    while (after > before && items[after - 1].start > oldTo) after--;
    // Nothing kept: a full parse is as cheap.
    if (before === 0 && after === items.length) return null;
    const sliceStart = before > 0 ? items[before - 1].end : 0;
    const sliceEnd = after < items.length ? items[after].start + delta : text.length;
    if (sliceEnd < sliceStart) return null;
    const slice = parseHcl(text.slice(sliceStart, sliceEnd));
    if (slice.diagnostics.length > 0) return null;
    const middle = slice.body.items;
    shiftInPlace(middle, sliceStart);
    const middleComments = slice.comments;
    for (const c of middleComments) shiftSpan(c, sliceStart);
    const tail = items.slice(after);
    // An edit that keeps the length (a value toggled, a character replaced) moves nothing.
    if (delta !== 0) shiftInPlace(tail, delta);
    const joinedItems = [...items.slice(0, before), ...middle, ...tail];
    // A top-level attribute defined twice is an error only the full parse reports.
    const names = new Set<string>();
    for (const item of joinedItems) {
      if (item.type !== 'Attribute') continue;
      if (names.has(item.name)) return null;
      names.add(item.name);
    }
    const comments: Comment[] = [];
    for (const c of prev.comments) if (c.end <= sliceStart) comments.push(c);
    comments.push(...middleComments);
    const tailStart = after < items.length ? items[after].start : old.length;
    for (const c of prev.comments) {
      if (c.start >= tailStart) {
        if (delta !== 0) shiftSpan(c, delta);
        comments.push(c);
      }
    }
    this.lastReparsedLength = sliceEnd - sliceStart;
    const file: HclFile = {
      source: text,
      body: {
        type: 'Body',
        attributes: joinedItems.filter((i): i is Attribute => i.type === 'Attribute'),
        blocks: joinedItems.filter((i): i is Block => i.type === 'Block'),
        items: joinedItems,
        // The body starts at the first token (after leading newlines and comments).
        start: before > 0 ? prev.body.start : slice.body.start,
        end: text.length,
      },
      comments,
      diagnostics: [],
    };
    changes.set(file, { previous: prev, removed: items.slice(before, after), added: middle, oldTo, delta });
    // Only the newest tree's change is read (by the next analysis): the older one would keep every tree
    // since the last full parse alive, one per keystroke.
    changes.delete(prev);
    return file;
  }
}
