// SPDX-License-Identifier: Apache-2.0
// YAML templates of the usual shape read straight into CfnNodes, without the `yaml` library's token,
// CST and Document objects (issue 16: its parse was ~12% of an audit, and its objects a fifth of the
// audit's garbage). What is read here gives exactly the tree and diagnostics parseYaml gives through the
// library (test/unit/parsers/cfn/yaml-direct.test.ts and test/corpus/yaml-direct.test.ts compare both on
// generated documents, every corpus YAML file and thousands of damaged copies); anything outside the shape
// below returns null, and parseYaml uses the library.
//
// The shape: block mappings and sequences indented with spaces; single-line plain and quoted scalars
// (common escapes), on the key's line or the next; flow sequences and mappings; literal and folded block
// scalars (no indentation indicator); CloudFormation's short function tags, other tags on what they tag;
// comments; CRLF line breaks; a leading `---`. Not here:
// anchors and aliases, `!!` tags, later document markers and directives, multi-line plain or quoted
// scalars, tabs outside scalars, complex keys, and every syntax error (the library words and places those).

import { isScalar, Schema } from 'yaml';
import type { ScalarTag } from 'yaml';
import type { CfnDiagnostic, CfnKey, CfnMapEntry, CfnNode, CfnParseResult, CfnScalar } from './ast';
import { duplicateKey, emptyScalar } from './ast';
import { mapOrIntrinsic, SHORT_TAGS, shortIntrinsic } from './intrinsics';
import { findTag, missingArgument } from './yamlTags';

/** Thrown to give up: the library reads the text instead. */
class Outside extends Error {}
const OUTSIDE = new Outside('outside the direct reader');

/** Deeper than this is left to the library, whose nesting limit words the problem. */
const MAX_DIRECT_DEPTH = 100;
/** The library refuses implicit keys longer than 1024 characters. */
const MAX_KEY = 1000;

/**
 * The YAML 1.2 core schema's scalar tests, in the library's order (plain scalars are resolved by them);
 * made on first use, not when a one-file Terraform run loads the bundle.
 */
let coreTags: readonly ScalarTag[] | undefined;
function core(): readonly ScalarTag[] {
  return (coreTags ??= (new Schema({ schema: 'core' }).tags as ScalarTag[]).filter((t) => t.default === true && t.test !== undefined));
}
const RESOLVE_OPTIONS = { intAsBigInt: false } as Parameters<NonNullable<ScalarTag['resolve']>>[2];

/** Where a node ends and the line the reader goes on from. */
interface Read {
  node: CfnNode;
  /** The start of the line after the node's last line (or the text's end). */
  next: number;
}

interface Line {
  /** The first character that is not a space. */
  pos: number;
  indent: number;
}

/** The tree of `text`, or null when it is not of the shape read here. Never throws. */
export function readYamlDirect(text: string): CfnParseResult | null {
  // A carriage return is read only as the first half of a CRLF line break.
  if (text.length === 0 || text.charCodeAt(0) === 0xfeff || LONE_CR.test(text)) return null;
  try {
    return new DirectReader(text).document();
  } catch {
    // OUTSIDE, or anything else (a stack overflow on a shape missed above): the library's to read and report.
    return null;
  }
}

const LONE_CR = /\r(?!\n)/;
const SPACE = 32;
const NEWLINE = 10;
/** Always followed by NEWLINE (readYamlDirect checks): where a line may end, either is its end. */
const CR = 13;
const HASH = 35;
const DASH = 45;
const COLON = 58;

class DirectReader {
  private readonly n: number;
  private readonly diagnostics: CfnDiagnostic[] = [];
  private depth = 0;

  constructor(private readonly s: string) {
    this.n = s.length;
  }

  document(): CfnParseResult {
    const first = this.nextContent(this.afterMarker());
    if (!first) throw OUTSIDE;
    const { node, next } = this.blockAt(first);
    if (this.nextContent(next)) throw OUTSIDE;
    return { root: node, diagnostics: this.diagnostics };
  }

  /**
   * Where the document's content may start: after a `---` line that opens it (alone on its line, before
   * any content); 0 without one. Later markers are the library's (several documents).
   */
  private afterMarker(): number {
    const s = this.s;
    let start = 0;
    while (start < this.n) {
      let j = start;
      while (s.charCodeAt(j) === SPACE) j++;
      const c = s.charCodeAt(j);
      if (j >= this.n) return 0;
      if (c === NEWLINE || c === CR || c === HASH) {
        start = this.lineAfter(j);
        continue;
      }
      if (j !== start || !s.startsWith('---', j)) return 0;
      // `---` alone or with a comment; `---x` or `--- value` are the library's (endOfLine throws).
      return this.endOfLine(j + 3);
    }
    return 0;
  }

  // ---- lines ---------------------------------------------------------------------------------------

  /** The start of the line after the one holding `i`. */
  private lineAfter(i: number): number {
    const nl = this.s.indexOf('\n', i);
    return nl < 0 ? this.n : nl + 1;
  }

  /**
   * nextContent's last answer: each collection that ends there asks again for the same line (a run of
   * comment lines after a value nested d deep would be read d+1 times).
   */
  private lastFrom = -1;
  private lastLine: Line | null = null;

  /** The first line from `from` (a line start) holding something other than spaces and a comment. */
  private nextContent(from: number): Line | null {
    if (from === this.lastFrom) return this.lastLine;
    const line = this.scanToContent(from);
    this.lastFrom = from;
    this.lastLine = line;
    return line;
  }

  private scanToContent(from: number): Line | null {
    const s = this.s;
    let start = from;
    while (start < this.n) {
      let j = start;
      while (s.charCodeAt(j) === SPACE) j++;
      if (j >= this.n) return null;
      const c = s.charCodeAt(j);
      if (c === NEWLINE || c === CR || c === HASH) {
        start = this.lineAfter(j);
        continue;
      }
      // Tabs, document markers and directives are the library's.
      if (c === 9 || (j === start && (c === 37 || ((c === DASH || c === 46) && (s.startsWith('---', j) || s.startsWith('...', j)))))) throw OUTSIDE;
      return { pos: j, indent: j - start };
    }
    return null;
  }

  /** After a value that ended its line at `i`: the rest must be spaces and a comment. */
  private endOfLine(i: number): number {
    const s = this.s;
    let j = i;
    while (s.charCodeAt(j) === SPACE) j++;
    if (j >= this.n) return this.n;
    const c = s.charCodeAt(j);
    if (c === NEWLINE || c === CR || (c === HASH && j > i)) return this.lineAfter(j);
    throw OUTSIDE;
  }

  /** A value that ends on its line must not be followed by a line indented under its owner (a continuation). */
  private noContinuation(next: number, ownerIndent: number): void {
    const line = this.nextContent(next);
    if (line && line.indent > ownerIndent) throw OUTSIDE;
  }

  private isBlank(i: number): boolean {
    const c = this.s.charCodeAt(i);
    return i >= this.n || c === SPACE || c === NEWLINE || c === CR;
  }

  // ---- block collections ---------------------------------------------------------------------------

  /** The block collection starting at `line` (`key`: its first key, when already read). */
  private blockAt(line: Line, known?: { key: CfnKey; colon: number }): Read {
    if (++this.depth > MAX_DIRECT_DEPTH) throw OUTSIDE;
    try {
      if (!known && this.s.charCodeAt(line.pos) === DASH && this.isBlank(line.pos + 1)) return this.blockSeq(line);
      const key = known ?? this.key(line.pos);
      if (!key) throw OUTSIDE;
      return this.blockMap(line, key);
    } finally {
      this.depth--;
    }
  }

  private blockMap(first: Line, firstKey: { key: CfnKey; colon: number }): Read {
    const entries: CfnMapEntry[] = [];
    const seen = new Set<string>();
    const indent = first.indent;
    let keyed: { key: CfnKey; colon: number } | null = firstKey;
    let next: number;
    for (;;) {
      const { key, colon } = keyed;
      const value = this.value(colon + 1, indent, false, key.end);
      entries.push(this.entry(key, value.node, seen));
      next = value.next;
      const line = this.nextContent(next);
      if (!line || line.indent < indent) break;
      if (line.indent > indent) throw OUTSIDE;
      keyed = this.key(line.pos);
      // Not a key (a sequence at the mapping's indentation after a value that was not one, a scalar): the library's.
      if (!keyed) throw OUTSIDE;
    }
    const start = first.pos;
    const last = entries[entries.length - 1]!;
    return { node: mapOrIntrinsic({ type: 'Map', entries, start, end: Math.max(start, last.end) }), next };
  }

  private blockSeq(first: Line): Read {
    const items: CfnNode[] = [];
    const indent = first.indent;
    const start = first.pos;
    let pos = first.pos;
    let previousEnd = start;
    let next: number;
    for (;;) {
      const item = this.value(pos + 1, indent, true, previousEnd);
      items.push(item.node);
      previousEnd = Math.max(previousEnd, item.node.end);
      next = item.next;
      const line = this.nextContent(next);
      if (!line || line.indent < indent) break;
      if (line.indent > indent) throw OUTSIDE;
      if (!(this.s.charCodeAt(line.pos) === DASH && this.isBlank(line.pos + 1))) break;
      pos = line.pos;
    }
    const last = items[items.length - 1]!;
    return { node: { type: 'Sequence', items, start, end: Math.max(start, last.end) }, next };
  }

  /**
   * A mapping key at `i` followed by `:` and a space or line break; null when the line holds no key.
   * Keys are plain (their source text, whatever YAML type it would have) or quoted on one line.
   */
  private key(i: number): { key: CfnKey; colon: number } | null {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c === 34 || c === 39) {
      const q = this.quoted(i);
      let j = q.end;
      while (s.charCodeAt(j) === SPACE) j++;
      if (s.charCodeAt(j) !== COLON || !this.isBlank(j + 1)) return null;
      return { key: q.scalar as CfnKey, colon: j };
    }
    if (!this.plainStart(i, false)) return null;
    let j = i;
    for (;;) {
      if (j >= this.n) return null;
      const ch = s.charCodeAt(j);
      if (ch === NEWLINE || ch === CR) return null;
      if (ch === 9) throw OUTSIDE;
      if (ch === COLON && this.isBlank(j + 1)) break;
      if (ch === HASH && s.charCodeAt(j - 1) === SPACE) return null;
      j++;
    }
    let end = j;
    while (end > i && s.charCodeAt(end - 1) === SPACE) end--;
    if (end === i || end - i > MAX_KEY) throw OUTSIDE;
    const raw = s.slice(i, end);
    return { key: { type: 'Scalar', value: raw, raw, style: 'plain', start: i, end }, colon: j };
  }

  /**
   * Whether a plain scalar may start at `i`: not an indicator, except `-`, `?` and `:` followed by a
   * character that is not a space (and, in flow, not a flow indicator).
   */
  private plainStart(i: number, flow: boolean): boolean {
    const c = this.s.charCodeAt(i);
    switch (c) {
      case 44: // ,
      case 91: // [
      case 93: // ]
      case 123: // {
      case 125: // }
      case HASH:
      case 38: // &
      case 42: // *
      case 33: // !
      case 124: // |
      case 62: // >
      case 39: // '
      case 34: // "
      case 37: // %
      case 64: // @
      case 96: // `
      case SPACE:
      case NEWLINE:
      case CR:
      case 9:
        return false;
      case DASH:
      case 63: // ?
      case COLON: {
        if (this.isBlank(i + 1) || this.s.charCodeAt(i + 1) === 9) return false;
        return !(flow && isFlowIndicator(this.s.charCodeAt(i + 1)));
      }
      default:
        return i < this.n;
    }
  }

  // ---- values --------------------------------------------------------------------------------------

  /**
   * The value after a key's `:` or a sequence item's `-` at `i`: on the same line, or a block collection on
   * the lines below, or an empty (null) scalar.
   *
   * @param ownerIndent the indentation of the mapping or sequence the value belongs to
   * @param item whether it is a sequence item (a compact mapping or sequence may follow the `-`)
   * @param lo where a tag in front of it may start (as parseYaml's `lo`)
   */
  private value(i: number, ownerIndent: number, item: boolean, lo: number): Read {
    const s = this.s;
    let j = i;
    while (s.charCodeAt(j) === SPACE) j++;
    const c = j < this.n ? s.charCodeAt(j) : NEWLINE;
    if (c === NEWLINE || c === CR || c === HASH) {
      if (c === HASH && j === i) throw OUTSIDE;
      const next = this.lineAfter(j);
      const below = this.nextContent(next);
      if (below && below.indent > ownerIndent) return this.nodeBelow(below, ownerIndent, lo);
      if (below && !item && below.indent === ownerIndent && s.charCodeAt(below.pos) === DASH && this.isBlank(below.pos + 1)) return this.blockAt(below);
      return { node: emptyScalar(Math.min(j, this.n)), next: j >= this.n ? this.n : next };
    }
    if (c === 9) throw OUTSIDE;
    if (c === 33 /* ! */) return this.tagged(j, ownerIndent, lo);
    if (item && c === DASH && this.isBlank(j + 1)) return this.compact(j);
    const key = item ? this.key(j) : null;
    if (key) return this.compact(j, key);
    return this.inline(j, ownerIndent);
  }

  /**
   * The node on the lines under a key, an item's `-` or a tag: a block collection, or a value that starts
   * there (`Key:` then `!GetAtt B.Arn` or `"text"` on the next line, indented).
   */
  private nodeBelow(below: Line, ownerIndent: number, lo: number): Read {
    const c = this.s.charCodeAt(below.pos);
    if (c === DASH && this.isBlank(below.pos + 1)) return this.blockAt(below);
    const key = this.key(below.pos);
    if (key) return this.blockAt(below, key);
    return c === 33 ? this.tagged(below.pos, ownerIndent, lo) : this.inline(below.pos, ownerIndent);
  }

  /** A compact collection after a sequence's `-` (`- Key: value`, `- - x`): its indentation is its column. */
  private compact(j: number, key?: { key: CfnKey; colon: number }): Read {
    const lineStart = this.s.lastIndexOf('\n', j - 1) + 1;
    return this.blockAt({ pos: j, indent: j - lineStart }, key);
  }

  /** A value that starts and ends on this line (a block scalar runs on below its header). */
  private inline(j: number, ownerIndent: number): Read {
    const s = this.s;
    const c = s.charCodeAt(j);
    if (c === 124 || c === 62) return this.blockScalar(j, ownerIndent);
    let node: CfnNode;
    let end: number;
    if (c === 91 || c === 123) {
      const flow = this.flow(j, ownerIndent);
      node = flow.node;
      end = flow.end;
    } else if (c === 34 || c === 39) {
      const q = this.quoted(j);
      node = q.scalar;
      end = q.end;
    } else {
      const plain = this.plainOnLine(j);
      node = plain;
      end = plain.end;
    }
    const next = this.endOfLine(end);
    this.noContinuation(next, ownerIndent);
    return { node, next };
  }

  /** `!Tag value`: a CloudFormation short function around the value (other tags are the library's). */
  private tagged(j: number, ownerIndent: number, lo: number): Read {
    const s = this.s;
    const k = tagEnd(s, j);
    // Other characters in or right after a tag (URI escapes, flow indicators): the library's.
    if (!this.isBlank(k)) throw OUTSIDE;
    const tag = s.slice(j, k);
    const name = SHORT_TAGS.get(tag);
    let m = k;
    while (s.charCodeAt(m) === SPACE) m++;
    const c = m < this.n ? s.charCodeAt(m) : NEWLINE;
    if (!name) return this.foreignTagged(tag, m, ownerIndent);
    if (!this.firstTagAfter(lo, j, tag)) throw OUTSIDE;
    let read: Read;
    if (c === NEWLINE || c === CR || c === HASH) {
      if (c === HASH && m === k) throw OUTSIDE;
      const next = m >= this.n ? this.n : this.lineAfter(m);
      const below = this.nextContent(next);
      if (below && below.indent > ownerIndent) read = this.nodeBelow(below, ownerIndent, k);
      else {
        // Nothing after the tag (`!GetAZs` alone, or half-typed): YAML's empty string, where the value would start.
        read = { node: { type: 'Scalar', value: '', raw: '', style: 'plain', start: m, end: m }, next };
        const missing = missingArgument(tag, name, { start: j, end: k });
        if (missing) this.diagnostics.push(missing);
      }
    } else if (c === 33 || c === 38 || c === 42 || c === 9) {
      throw OUTSIDE;
    } else {
      read = this.inline(m, ownerIndent);
    }
    return { node: shortIntrinsic(name, { start: j, end: k }, read.node), next: read.next };
  }

  /**
   * A tag CloudFormation does not define (`!Rain::Embed file.py`, `!Rain::S3` over a mapping: another tool
   * expands it): the node as written, with the tag kept (a plain scalar's value is its text, unresolved). A
   * mapping that is a function's long form stays the function, without the tag, as parseYaml's applyTag does.
   */
  private foreignTagged(tag: string, m: number, ownerIndent: number): Read {
    const c = m < this.n ? this.s.charCodeAt(m) : NEWLINE;
    if (tag.startsWith('!!') || tag === '!' || c === 33 || c === 38 || c === 42) throw OUTSIDE;
    let read: Read;
    if (c === NEWLINE || c === CR || c === HASH) {
      const below = this.nextContent(m >= this.n ? this.n : this.lineAfter(m));
      // Nothing under the tag: the library's.
      if (!below || below.indent <= ownerIndent) throw OUTSIDE;
      read = this.nodeBelow(below, ownerIndent, m);
    } else {
      read = this.inline(m, ownerIndent);
    }
    const node = read.node;
    if (node.type === 'Scalar' && node.style === 'plain') node.value = node.raw;
    if (node.type !== 'Intrinsic') node.tag = tag;
    return read;
  }

  /** parseYaml finds a tag by searching from `lo` (findTag): the tag read at `at` must be the one it finds. */
  private firstTagAfter(lo: number, at: number, tag: string): boolean {
    return findTag(this.s, tag, lo, at + 1) === at;
  }

  /** A plain scalar that ends on its line (before ` #` or the line break), outside flow collections. */
  private plainOnLine(j: number): CfnScalar {
    const s = this.s;
    if (!this.plainStart(j, false)) throw OUTSIDE;
    let k = j;
    for (;;) {
      if (k >= this.n) break;
      const ch = s.charCodeAt(k);
      if (ch === NEWLINE || ch === CR) break;
      if (ch === 9) throw OUTSIDE;
      if (ch === HASH && s.charCodeAt(k - 1) === SPACE) break;
      // `a: b` in a value is a mapping the library refuses in this place.
      if (ch === COLON && this.isBlank(k + 1)) throw OUTSIDE;
      k++;
    }
    let end = k;
    while (end > j && s.charCodeAt(end - 1) === SPACE) end--;
    return plainScalar(s.slice(j, end), j, end);
  }

  /** A single- or double-quoted scalar on one line. */
  private quoted(j: number): { scalar: CfnScalar; end: number } {
    const s = this.s;
    const q = s.charCodeAt(j);
    let value = '';
    let from = j + 1;
    let k = j + 1;
    for (;;) {
      if (k >= this.n) throw OUTSIDE;
      const ch = s.charCodeAt(k);
      if (ch === NEWLINE || ch === CR) throw OUTSIDE;
      if (ch === q) {
        if (q === 39 && s.charCodeAt(k + 1) === 39) {
          value += s.slice(from, k + 1);
          k += 2;
          from = k;
          continue;
        }
        break;
      }
      if (ch === 92 && q === 34) {
        value += s.slice(from, k);
        const esc = this.escape(k);
        value += esc.text;
        k = esc.end;
        from = k;
        continue;
      }
      k++;
    }
    value += s.slice(from, k);
    const end = k + 1;
    return { scalar: { type: 'Scalar', value, raw: s.slice(j, end), style: q === 34 ? 'double' : 'single', start: j, end }, end };
  }

  /** A double-quoted scalar's escape at `k` (the backslash): the common ones only. */
  private escape(k: number): { text: string; end: number } {
    const s = this.s;
    const e = s[k + 1];
    const simple = e === undefined ? undefined : SIMPLE_ESCAPES[e];
    if (simple !== undefined) return { text: simple, end: k + 2 };
    const width = e === 'x' ? 2 : e === 'u' ? 4 : 0;
    if (width === 0) throw OUTSIDE;
    const hex = s.slice(k + 2, k + 2 + width);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) throw OUTSIDE;
    const code = parseInt(hex, 16);
    // Lone surrogates: left to the library.
    if (code >= 0xd800 && code <= 0xdfff) throw OUTSIDE;
    return { text: String.fromCharCode(code), end: k + 2 + width };
  }

  // ---- block scalars -------------------------------------------------------------------------------

  /** `|` or `>` at `j`, with its lines below (indented more than the owner). */
  private blockScalar(j: number, ownerIndent: number): Read {
    const s = this.s;
    const folded = s.charCodeAt(j) === 62;
    let k = j + 1;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    if (s.charCodeAt(k) === DASH) {
      chomp = 'strip';
      k++;
    } else if (s.charCodeAt(k) === 43) {
      chomp = 'keep';
      k++;
    }
    // An indentation indicator, or anything else on the header line but a comment: the library's.
    let m = k;
    while (s.charCodeAt(m) === SPACE) m++;
    if (m < this.n && s.charCodeAt(m) !== NEWLINE && s.charCodeAt(m) !== CR && !(s.charCodeAt(m) === HASH && m > k)) throw OUTSIDE;
    let lineStart = this.lineAfter(m);
    if (lineStart >= this.n) throw OUTSIDE;
    const lines: string[] = [];
    let indent = -1;
    let lastContentEnd = -1;
    let lastContentLine = -1;
    let next = this.n;
    while (lineStart < this.n) {
      let sp = lineStart;
      while (s.charCodeAt(sp) === SPACE) sp++;
      const spaces = sp - lineStart;
      const c = sp < this.n ? s.charCodeAt(sp) : NEWLINE;
      if (c === NEWLINE || c === CR) {
        // Blank lines with spaces (more than the indentation, or trailing) change values or spans: the library's.
        if (spaces > 0) throw OUTSIDE;
        lines.push('');
        lineStart = this.lineAfter(sp);
        continue;
      }
      if (indent < 0) {
        if (spaces <= ownerIndent || c === 9) throw OUTSIDE;
        indent = spaces;
      }
      if (spaces < indent) {
        next = lineStart;
        break;
      }
      const lineEnd = this.lineAfter(sp);
      let textEnd = lineEnd < this.n || s.charCodeAt(this.n - 1) === NEWLINE ? lineEnd - 1 : lineEnd;
      if (s.charCodeAt(textEnd - 1) === CR && textEnd - 1 >= sp) textEnd--;
      const text = s.slice(lineStart + indent, textEnd);
      lines.push(text);
      lastContentLine = lines.length - 1;
      lastContentEnd = textEnd;
      lineStart = lineEnd;
    }
    if (lastContentLine < 0) throw OUTSIDE;
    // Only at the end of the text may the scalar end without a line break after its last line.
    if (lastContentEnd >= this.n) throw OUTSIDE;
    const content = lines.slice(0, lastContentLine + 1);
    const trailing = lines.length - 1 - lastContentLine;
    const body = folded ? fold(content) : content.join('\n');
    const value = chomp === 'strip' ? body : chomp === 'clip' ? `${body}\n` : `${body}\n${'\n'.repeat(trailing)}`;
    const node: CfnScalar = { type: 'Scalar', value, raw: s.slice(j, lastContentEnd), style: folded ? 'block-folded' : 'block-literal', start: j, end: lastContentEnd };
    return { node, next };
  }

  // ---- flow collections ----------------------------------------------------------------------------

  /** Spaces, line breaks and comments inside a flow collection; its lines indented under the owner. */
  private flowSpace(i: number, ownerIndent: number): number {
    const s = this.s;
    let j = i;
    for (;;) {
      const c = s.charCodeAt(j);
      if (c === SPACE || c === CR) j++;
      else if (c === NEWLINE) {
        j++;
        const lineStart = j;
        while (s.charCodeAt(j) === SPACE) j++;
        if (j - lineStart <= ownerIndent || s.charCodeAt(j) === 9) throw OUTSIDE;
      } else if (c === HASH && j > i && (s.charCodeAt(j - 1) === SPACE || s.charCodeAt(j - 1) === NEWLINE)) {
        j = this.lineAfter(j) - 1;
        if (j >= this.n - 1 && s.charCodeAt(j) !== NEWLINE) throw OUTSIDE;
        if (s.charCodeAt(j - 1) === CR) j--;
      } else if (c === 9) throw OUTSIDE;
      else return j;
    }
  }

  private flow(j: number, ownerIndent: number): { node: CfnNode; end: number } {
    if (++this.depth > MAX_DIRECT_DEPTH) throw OUTSIDE;
    try {
      return this.s.charCodeAt(j) === 91 ? this.flowSeq(j, ownerIndent) : this.flowMap(j, ownerIndent);
    } finally {
      this.depth--;
    }
  }

  private flowSeq(j: number, ownerIndent: number): { node: CfnNode; end: number } {
    const s = this.s;
    const items: CfnNode[] = [];
    let previousEnd = j;
    let i = j + 1;
    for (;;) {
      i = this.flowSpace(i, ownerIndent);
      if (i >= this.n) throw OUTSIDE;
      if (s.charCodeAt(i) === 93) break;
      const item = this.flowNode(i, ownerIndent, previousEnd);
      items.push(item.node);
      previousEnd = Math.max(previousEnd, item.node.end);
      i = this.flowSpace(item.end, ownerIndent);
      if (this.closes(i, 93)) break;
      i++;
    }
    const end = i + 1;
    return { node: { type: 'Sequence', items, start: j, end }, end };
  }

  private flowMap(j: number, ownerIndent: number): { node: CfnNode; end: number } {
    const s = this.s;
    const entries: CfnMapEntry[] = [];
    const seen = new Set<string>();
    let i = j + 1;
    for (;;) {
      i = this.flowSpace(i, ownerIndent);
      if (i >= this.n) throw OUTSIDE;
      if (s.charCodeAt(i) === 125) break;
      const key = this.flowKey(i);
      let k = key.end;
      while (s.charCodeAt(k) === SPACE) k++;
      if (s.charCodeAt(k) !== COLON) throw OUTSIDE;
      const v = this.flowSpace(k + 1, ownerIndent);
      const c = s.charCodeAt(v);
      if (c === 44 || c === 125 || v >= this.n) throw OUTSIDE;
      const value = this.flowNode(v, ownerIndent, key.end);
      entries.push(this.entry(key, value.node, seen));
      i = this.flowSpace(value.end, ownerIndent);
      if (this.closes(i, 125)) break;
      i++;
    }
    const end = i + 1;
    return { node: mapOrIntrinsic({ type: 'Map', entries, start: j, end }), end };
  }

  /** After a flow item, at `i`: the collection's closing bracket (true) or a `,` (false); else the library's. */
  private closes(i: number, bracket: number): boolean {
    const c = this.s.charCodeAt(i);
    if (c === bracket) return true;
    if (c === 44) return false;
    throw OUTSIDE;
  }

  /** A mapping's entry, with the library's diagnostic (as convertMap words it) when the key is there already. */
  private entry(key: CfnKey, value: CfnNode, seen: Set<string>): CfnMapEntry {
    if (seen.has(key.value)) this.diagnostics.push(duplicateKey(key));
    seen.add(key.value);
    return { key, value, start: key.start, end: Math.max(key.end, value.end) };
  }

  /** A flow mapping's key: quoted, or plain up to its `:`. */
  private flowKey(i: number): CfnKey {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c === 34 || c === 39) {
      const q = this.quoted(i);
      if (typeof q.scalar.value !== 'string') throw OUTSIDE;
      return q.scalar as CfnKey;
    }
    if (!this.plainStart(i, true)) throw OUTSIDE;
    const end = this.flowPlainEnd(i);
    if (s.charCodeAt(end) !== COLON && s.charCodeAt(end) !== SPACE) throw OUTSIDE;
    const raw = s.slice(i, end);
    return { type: 'Scalar', value: raw, raw, style: 'plain', start: i, end };
  }

  /** Where a plain scalar inside a flow collection ends (trailing spaces excluded); multi-line ones are the library's. */
  private flowPlainEnd(i: number): number {
    const s = this.s;
    let k = i;
    for (;;) {
      if (k >= this.n) throw OUTSIDE;
      const ch = s.charCodeAt(k);
      if (ch === NEWLINE || ch === CR || ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125) break;
      if (ch === 9) throw OUTSIDE;
      if (ch === HASH && s.charCodeAt(k - 1) === SPACE) break;
      if (ch === COLON && (this.isBlank(k + 1) || isFlowIndicator(s.charCodeAt(k + 1)))) break;
      k++;
    }
    let end = k;
    while (end > i && s.charCodeAt(end - 1) === SPACE) end--;
    if (end === i) throw OUTSIDE;
    // A plain scalar going on at the next line: the library folds it.
    if (s.charCodeAt(k) === NEWLINE || s.charCodeAt(k) === CR) {
      let m = k;
      while (m < this.n && (s.charCodeAt(m) === SPACE || s.charCodeAt(m) === NEWLINE || s.charCodeAt(m) === CR)) m++;
      const d = s.charCodeAt(m);
      if (!(d === 44 || d === 93 || d === 125)) throw OUTSIDE;
    }
    return end;
  }

  /** A node inside a flow collection. */
  private flowNode(i: number, ownerIndent: number, lo: number): { node: CfnNode; end: number } {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c === 91 || c === 123) return this.flow(i, ownerIndent);
    if (c === 34 || c === 39) {
      const q = this.quoted(i);
      return { node: q.scalar, end: q.end };
    }
    if (c === 33) {
      const k = tagEnd(s, i);
      const tag = s.slice(i, k);
      const name = SHORT_TAGS.get(tag);
      if (!name || s.charCodeAt(k) !== SPACE || !this.firstTagAfter(lo, i, tag)) throw OUTSIDE;
      let m = k;
      while (s.charCodeAt(m) === SPACE) m++;
      const d = s.charCodeAt(m);
      if (m >= this.n || d === NEWLINE || d === CR || d === HASH || d === 44 || d === 93 || d === 125 || d === 33 || d === 38 || d === 42) throw OUTSIDE;
      const inner = this.flowNode(m, ownerIndent, k);
      return { node: shortIntrinsic(name, { start: i, end: k }, inner.node), end: inner.end };
    }
    if (!this.plainStart(i, true)) throw OUTSIDE;
    const end = this.flowPlainEnd(i);
    // `[a: b]` is a mapping inside the sequence: the library's.
    let k = end;
    while (s.charCodeAt(k) === SPACE) k++;
    if (s.charCodeAt(k) === COLON) throw OUTSIDE;
    return { node: plainScalar(s.slice(i, end), i, end), end };
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0', ' ': ' ' };

/** The end of the tag starting with `!` at `j`: letters, digits and `:._-` (what CloudFormation tags use). */
function tagEnd(s: string, j: number): number {
  let k = j + 1;
  for (;;) {
    const c = s.charCodeAt(k);
    if ((c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === DASH) k++;
    else return k;
  }
}

function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}


/** A plain scalar with its core-schema value (as the library resolves it). */
function plainScalar(raw: string, start: number, end: number): CfnScalar {
  return { type: 'Scalar', value: resolvePlain(raw), raw, style: 'plain', start, end };
}

function resolvePlain(raw: string): string | number | boolean | null {
  const c = raw.charCodeAt(0);
  // Letters other than those starting null, true and false: a string without asking the schema.
  if (((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && c !== 78 && c !== 110 && c !== 84 && c !== 116 && c !== 70 && c !== 102) return raw;
  for (const tag of core()) {
    if (!tag.test!.test(raw)) continue;
    const resolved: unknown = tag.resolve(raw, () => {
      throw OUTSIDE;
    }, RESOLVE_OPTIONS);
    // null and booleans come back as Scalar nodes, numbers as themselves.
    const v: unknown = isScalar(resolved) ? resolved.value : resolved;
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    if (typeof v === 'bigint') return Number(v);
    throw OUTSIDE;
  }
  return raw;
}

/**
 * A folded block scalar's lines (indentation removed): the line break between two lines of text becomes a
 * space, and k empty lines between them k line breaks; next to a more-indented line (one starting with a
 * space or tab) line breaks are kept, one more than the empty lines (YAML 1.2, 8.1.3).
 */
function fold(lines: readonly string[]): string {
  let out = '';
  let empty = 0;
  let previous: 'normal' | 'more' | null = null;
  for (const line of lines) {
    if (line === '') {
      empty++;
      continue;
    }
    const c = line.charCodeAt(0);
    const kind = c === SPACE || c === 9 ? 'more' : 'normal';
    if (previous === null) out += '\n'.repeat(empty);
    else if (previous === 'normal' && kind === 'normal') out += empty > 0 ? '\n'.repeat(empty) : ' ';
    else out += '\n'.repeat(empty + 1);
    out += line;
    previous = kind;
    empty = 0;
  }
  return out;
}
