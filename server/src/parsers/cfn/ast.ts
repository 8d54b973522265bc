// SPDX-License-Identifier: Apache-2.0
// The CloudFormation node model shared by the YAML and JSON readers. Both syntaxes end up in the same tree so
// that rules never care which one a template was written in; the only trace of the syntax is a scalar's
// `style`/`raw` and an intrinsic's `short` flag. Every node carries [start, end) offsets into the source
// string in UTF-16 code units (JavaScript string indices, like LSP positions), so diagnostics can point at
// the exact key or value.

import type { Span } from '../../core/span';

export type { Span };

export type CfnNode = CfnMap | CfnSequence | CfnScalar | CfnIntrinsic;

/** How a scalar was written. JSON strings are `double`, JSON numbers and literals are `plain`. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'block-literal' | 'block-folded';

export interface CfnScalar extends Span {
  type: 'Scalar';
  value: string | number | boolean | null;
  /** The exact source text (quotes included), so rules can tell `"1.10"` from `1.10` or `yes` from `true`. */
  raw: string;
  style: ScalarStyle;
  /** A YAML tag that is not a CloudFormation function (e.g. `!Rain::Embed`), kept so callers can notice it. */
  tag?: string;
}

/** A mapping key. CloudFormation keys are always strings, so non-string YAML keys keep their source text. */
export type CfnKey = CfnScalar & { value: string };

export interface CfnMapEntry extends Span {
  key: CfnKey;
  /** Never null: a missing value (`Key:` or a key typed at the end of the file) is an empty null scalar. */
  value: CfnNode;
}

export interface CfnMap extends Span {
  type: 'Map';
  /** In source order; duplicates are kept (and reported by the reader). */
  entries: CfnMapEntry[];
  tag?: string;
}

export interface CfnSequence extends Span {
  type: 'Sequence';
  items: CfnNode[];
  tag?: string;
}

/** The CloudFormation functions (and `Condition`, which is written like one inside condition functions). */
export type IntrinsicName =
  | 'Ref'
  | 'Condition'
  | 'Fn::And'
  | 'Fn::Base64'
  | 'Fn::Cidr'
  | 'Fn::Equals'
  | 'Fn::FindInMap'
  | 'Fn::GetAtt'
  | 'Fn::GetAZs'
  | 'Fn::If'
  | 'Fn::ImportValue'
  | 'Fn::Join'
  | 'Fn::Length'
  | 'Fn::Not'
  | 'Fn::Or'
  | 'Fn::Select'
  | 'Fn::Split'
  | 'Fn::Sub'
  | 'Fn::ToJsonString'
  | 'Fn::Transform';

/**
 * A function call, from either the long form (`{"Fn::GetAtt": [...]}`, a mapping with exactly one key) or a
 * YAML short tag (`!GetAtt ...`). Both forms produce the same node apart from `short` and the spans.
 */
export interface CfnIntrinsic extends Span {
  type: 'Intrinsic';
  name: IntrinsicName;
  /** The `!Tag` for the short form, the key for the long form. */
  nameRange: Span;
  /**
   * The function's argument. A dotted `Fn::GetAtt` string (`!GetAtt Bucket.Arn`) is split into a two-item
   * sequence at the first dot, so GetAtt always reads as `[resource, attribute]`; the items keep the
   * positions of their parts of the string.
   */
  argument: CfnNode;
  /** True for the YAML `!Tag` form. */
  short: boolean;
}

/** A problem found while reading; only syntax, never CloudFormation semantics beyond empty function tags. */
export interface CfnDiagnostic {
  message: string;
  start: number;
  end: number;
  severity: 'error' | 'warning';
  /** The YAML library's error code when it came from there, or a short code of ours. */
  code?: string;
}

/** A missing value (`Key:` with nothing after it, a key typed at the end of the file): an empty null scalar at `at`. */
export function emptyScalar(at: number): CfnScalar {
  return { type: 'Scalar', value: null, raw: '', style: 'plain', start: at, end: at };
}

/** The readers' diagnostic for a key a mapping has already (YAML and the chunked reading word it alike). */
export function duplicateKey(key: Span): CfnDiagnostic {
  return { message: 'Map keys must be unique', start: key.start, end: key.end, severity: 'error', code: 'DUPLICATE_KEY' };
}

/** What both readers return: a tree (null when there is no document at all) plus what went wrong. */
export interface CfnParseResult {
  root: CfnNode | null;
  diagnostics: CfnDiagnostic[];
}

export function isMap(node: CfnNode | null | undefined): node is CfnMap {
  return node?.type === 'Map';
}

export function isSequence(node: CfnNode | null | undefined): node is CfnSequence {
  return node?.type === 'Sequence';
}

export function isScalar(node: CfnNode | null | undefined): node is CfnScalar {
  return node?.type === 'Scalar';
}

export function isIntrinsic(node: CfnNode | null | undefined): node is CfnIntrinsic {
  return node?.type === 'Intrinsic';
}

/** The string value of a string scalar, else undefined (numbers are not coerced: callers decide). */
export function scalarString(node: CfnNode | null | undefined): string | undefined {
  return node?.type === 'Scalar' && typeof node.value === 'string' ? node.value : undefined;
}

/**
 * The entry for `key` in a map. When a key is duplicated the last one wins, as in JSON.parse and the common
 * YAML loaders; the reader has already reported the duplicate.
 */
export function mapEntry(node: CfnNode | null | undefined, key: string): CfnMapEntry | undefined {
  if (node?.type !== 'Map') return undefined;
  for (let i = node.entries.length - 1; i >= 0; i--) {
    const entry = node.entries[i];
    if (entry.key.value === key) return entry;
  }
  return undefined;
}

export function mapGet(node: CfnNode | null | undefined, key: string): CfnNode | undefined {
  return mapEntry(node, key)?.value;
}

/**
 * Follows map keys (strings) and sequence indexes (numbers) from `node`. Intrinsics are not looked through:
 * `Properties: !If [...]` is a value the caller must interpret, not a map.
 */
export function getPath(node: CfnNode | null | undefined, path: readonly (string | number)[]): CfnNode | undefined {
  let current: CfnNode | undefined = node ?? undefined;
  for (const step of path) {
    if (current === undefined) return undefined;
    if (typeof step === 'number') current = current.type === 'Sequence' ? current.items[step] : undefined;
    else current = mapGet(current, step);
  }
  return current;
}

/**
 * The innermost node whose span contains `offset` (end inclusive, so a cursor right after a value still
 * finds it). Keys count as nodes. Useful for hover and completion.
 */
export function nodeAt(node: CfnNode | null | undefined, offset: number): CfnNode | undefined {
  if (!node || offset < node.start || offset > node.end) return undefined;
  switch (node.type) {
    case 'Map':
      for (const entry of node.entries) {
        if (offset >= entry.key.start && offset <= entry.key.end) return entry.key;
        const inner = nodeAt(entry.value, offset);
        if (inner) return inner;
      }
      return node;
    case 'Sequence':
      for (const item of node.items) {
        const inner = nodeAt(item, offset);
        if (inner) return inner;
      }
      return node;
    case 'Intrinsic':
      return nodeAt(node.argument, offset) ?? node;
    case 'Scalar':
      return node;
  }
}

/** JSON-like value of a node; intrinsics come out in long form (`{ "Fn::If": [...] }`). */
export type PlainValue = string | number | boolean | null | PlainValue[] | { [key: string]: PlainValue };

export function toPlain(node: CfnNode): PlainValue {
  switch (node.type) {
    case 'Scalar':
      return node.value;
    case 'Sequence':
      return node.items.map(toPlain);
    case 'Intrinsic':
      return { [node.name]: toPlain(node.argument) };
    case 'Map': {
      const out: { [key: string]: PlainValue } = {};
      // defineProperty rather than assignment so a `__proto__` key stays ordinary data.
      for (const entry of node.entries) {
        const value = toPlain(entry.value);
        Object.defineProperty(out, entry.key.value, { value, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
  }
}
