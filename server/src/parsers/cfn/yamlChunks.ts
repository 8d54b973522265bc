// SPDX-License-Identifier: Apache-2.0
// Incremental YAML reading for the editor. A keystroke changes one resource of a template, but the `yaml`
// library re-reads the whole text (half of the server's time on a 2,000-line template). When the template
// has the usual shape (top-level keys at column 0, a block `Resources:` whose entries start at one
// indentation), the text is cut into chunks: the part before the first resource, one chunk per resource,
// and the part after `Resources`. Each chunk is parsed on its own and cached by its text, so an edit
// re-parses one chunk; the chunks' trees are shifted to their offsets and joined into the tree a full
// parse gives (test/corpus/cfn-chunks.test.ts checks that on every corpus template). Anything unusual
// (document markers, directives, tab indentation, an entry that is not a plain key, an alias that
// crosses chunks, any syntax problem) falls back to the full parse.

import type { CfnDiagnostic, CfnKey, CfnMap, CfnMapEntry, CfnNode, CfnParseResult } from './ast';
import { parseYaml } from './parseYaml';
import { duplicateKey } from './ast';
import { commonAffixes } from '../../core/common-affixes';

interface Chunk {
  start: number;
  end: number;
  role: 'head' | 'resource' | 'tail';
}

/** Line starts of a text, with each line's end (before its line break). */
function lines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end: end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

const BLANK_OR_COMMENT = /^[ \t]*(#.*)?$/;
/** A plain or quoted key followed by `:` and a space or the end of the line. */
const KEY_LINE = /^ *(?:[A-Za-z0-9_][^:#'"]*|"[^"\\\n]*"|'[^'\n]*'):(?:[ \t]|$)/;
const RESOURCES_LINE = /^Resources:[ \t]*(#.*)?$/;

/** The chunks of a template, or null when it does not have the shape chunking handles. */
export function splitChunks(text: string): Chunk[] | null {
  const ls = lines(text);
  let resourcesLine = -1;
  for (let i = 0; i < ls.length; i++) {
    const line = text.slice(ls[i].start, ls[i].end);
    const first = line.charCodeAt(0);
    // Tabs as indentation, document markers and directives: leave it to the full parse.
    if (first === 9 || line.startsWith('---') || line.startsWith('...') || first === 37 /* % */) return null;
    if (line.length === 0 || first === 32 || first === 35 /* # */) continue;
    if (!KEY_LINE.test(line)) return null;
    if (RESOURCES_LINE.test(line)) {
      if (resourcesLine >= 0) return null;
      resourcesLine = i;
    }
  }
  if (resourcesLine < 0) return null;
  const starts: number[] = [];
  let indent = -1;
  let tailLine = ls.length;
  for (let i = resourcesLine + 1; i < ls.length; i++) {
    const line = text.slice(ls[i].start, ls[i].end);
    if (BLANK_OR_COMMENT.test(line)) continue;
    const n = line.length - line.trimStart().length;
    if (n === 0) {
      tailLine = i;
      break;
    }
    if (indent < 0) indent = n;
    if (n < indent) return null;
    if (n === indent) {
      if (!KEY_LINE.test(line)) return null;
      starts.push(i);
    }
  }
  if (starts.length === 0) return null;
  const chunks: Chunk[] = [{ start: 0, end: ls[starts[0]].start, role: 'head' }];
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? ls[starts[k + 1]].start : tailLine < ls.length ? ls[tailLine].start : text.length;
    chunks.push({ start: ls[starts[k]].start, end, role: 'resource' });
  }
  if (tailLine < ls.length) chunks.push({ start: ls[tailLine].start, end: text.length, role: 'tail' });
  return chunks;
}

/** A copy of a node with every offset moved by `delta`. */
function shift<T extends CfnNode>(node: T, delta: number): T;
function shift(node: CfnNode, delta: number): CfnNode {
  switch (node.type) {
    case 'Scalar':
      return { ...node, start: node.start + delta, end: node.end + delta };
    case 'Map':
      return {
        ...node,
        start: node.start + delta,
        end: node.end + delta,
        entries: node.entries.map((e) => ({ key: shift(e.key, delta) as CfnKey, value: shift(e.value, delta), start: e.start + delta, end: e.end + delta })),
      };
    case 'Sequence':
      return { ...node, start: node.start + delta, end: node.end + delta, items: node.items.map((i) => shift(i, delta)) };
    case 'Intrinsic':
      return {
        ...node,
        start: node.start + delta,
        end: node.end + delta,
        nameRange: { start: node.nameRange.start + delta, end: node.nameRange.end + delta },
        argument: shift(node.argument, delta),
      };
  }
}

function shiftDiagnostic(d: CfnDiagnostic, delta: number): CfnDiagnostic {
  return { ...d, start: d.start + delta, end: d.end + delta };
}

/**
 * Parses YAML like parseYaml, reusing the parse of every chunk whose text is unchanged since the previous
 * call. One instance per document.
 */
export class IncrementalYaml {
  private cache = new Map<string, CfnParseResult>();
  /** Chunks re-parsed by the last call (for tests and the benchmark); -1 when it fell back to a full parse. */
  lastParsedChunks = 0;
  /**
   * When the last call took the one-resource path: the text before, and where it changed (offsets from
   * `at` on moved by `delta`; the resource whose chunk holds the change keeps its first line).
   */
  lastEdit: { before: string; at: number; delta: number } | undefined;
  /** The last text read in chunks, its chunks and their parses (for the edit of one resource). */
  private last: { text: string; parts: { chunk: Chunk; result: CfnParseResult }[] } | undefined;
  /** Each chunk's tree moved to where it was last joined: unchanged chunks before an edit keep theirs. */
  private shifted = new WeakMap<CfnParseResult, { start: number; map: CfnMap; diagnostics: CfnDiagnostic[] }>();

  parse(text: string): CfnParseResult {
    this.lastEdit = undefined;
    const joined = this.tryChunks(text);
    if (joined) return joined;
    this.last = undefined;
    // The cache is kept: once the damage is repaired, the other chunks are still there to reuse.
    this.lastParsedChunks = -1;
    return parseYaml(text);
  }

  private tryChunks(text: string): CfnParseResult | null {
    const quick = this.oneResourceEdited(text);
    if (quick) return quick.joined;
    const chunks = splitChunks(text);
    if (!chunks) return null;
    const next = new Map<string, CfnParseResult>();
    let parsed = 0;
    const results: { chunk: Chunk; result: CfnParseResult }[] = [];
    for (const chunk of chunks) {
      const source = text.slice(chunk.start, chunk.end);
      const key = `${chunk.role}\u0000${source}`;
      let result = next.get(key) ?? this.cache.get(key);
      if (!result) {
        result = parseYaml(source);
        parsed++;
      }
      next.set(key, result);
      if (!usable(chunk, result)) return null;
      results.push({ chunk, result });
    }
    this.cache = next;
    this.lastParsedChunks = parsed;
    const joined = join(results, this.shifted);
    this.last = joined ? { text, parts: results } : undefined;
    return joined;
  }

  /**
   * The usual keystroke: the text differs from the last one only inside one resource's chunk, after its
   * first line, and the lines there are still that resource's (indented deeper than resource keys). Then
   * the other chunks are the last ones, moved, without splitting and looking up the whole text again
   * (what splitChunks would find for these lines is checked here). Undefined when that is not the case.
   */
  private oneResourceEdited(text: string): { joined: CfnParseResult | null } | undefined {
    const last = this.last;
    // IAC_COMPLIANCE_REUSE=0 (the kill switch of reuse between analyses, service/cfn-reuse.ts): split anew.
    if (!last || process.env.IAC_COMPLIANCE_REUSE === '0') return undefined;
    const prev = last.text;
    const { prefix: p, suffix: sfx } = commonAffixes(prev, text);
    if (p === prev.length && p === text.length) return undefined;
    const oldEnd = prev.length - sfx;
    const delta = text.length - prev.length;
    const k = last.parts.findIndex((x) => x.chunk.start <= p && p < x.chunk.end);
    if (k < 0) return undefined;
    const chunk = last.parts[k]!.chunk;
    // The chunk's own line break at its end and its first line (the logical id) unchanged.
    if (chunk.role !== 'resource' || oldEnd > chunk.end - 1 || prev.charCodeAt(chunk.end - 1) !== 10) return undefined;
    const firstLineEnd = prev.indexOf('\n', chunk.start);
    if (firstLineEnd < 0 || p <= firstLineEnd) return undefined;
    const indent = indentOf(prev.slice(chunk.start, firstLineEnd));
    const newEnd = chunk.end + delta;
    for (let at = firstLineEnd + 1; at < newEnd; ) {
      const nl = text.indexOf('\n', at);
      const stop = nl < 0 || nl >= newEnd ? newEnd : nl;
      let line = text.slice(at, stop);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      at = stop + 1;
      const first = line.charCodeAt(0);
      if (line.length === 0 || first === 35 /* # */) continue;
      if (first !== 32 || (!BLANK_OR_COMMENT.test(line) && indentOf(line) <= indent)) return undefined;
    }
    const edited: Chunk = { start: chunk.start, end: newEnd, role: 'resource' };
    const source = text.slice(edited.start, edited.end);
    const key = `resource\u0000${source}`;
    let result = this.cache.get(key);
    let parsed = 0;
    if (!result) {
      result = parseYaml(source);
      parsed++;
    }
    if (!usable(edited, result)) return { joined: null };
    this.cache.delete(`resource\u0000${prev.slice(chunk.start, chunk.end)}`);
    this.cache.set(key, result);
    const parts = last.parts.map((x, i) => (i < k ? x : i === k ? { chunk: edited, result: result! } : { chunk: { ...x.chunk, start: x.chunk.start + delta, end: x.chunk.end + delta }, result: x.result }));
    this.lastParsedChunks = parsed;
    const joined = join(parts, this.shifted);
    this.last = joined ? { text, parts } : undefined;
    if (joined) this.lastEdit = { before: prev, at: p, delta };
    return { joined };
  }
}

/** Leading whitespace, as splitChunks measures it. */
function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * Whether a chunk's parse can be joined. A syntax problem: the full parse recovers from it with the whole
 * text in view, as the CLI does, so the editor and the CLI report the same. (Also covers an alias whose
 * anchor is in another chunk.)
 */
function usable(chunk: Chunk, result: CfnParseResult): boolean {
  if (result.diagnostics.some((d) => d.severity === 'error' || d.code === 'MULTIPLE_DOCUMENTS')) return false;
  if (result.root?.type !== 'Map') return false;
  return chunk.role !== 'resource' || result.root.entries.length === 1;
}

function join(parts: { chunk: Chunk; result: CfnParseResult }[], shifted: WeakMap<CfnParseResult, { start: number; map: CfnMap; diagnostics: CfnDiagnostic[] }>): CfnParseResult | null {
  const diagnostics: CfnDiagnostic[] = [];
  const rootEntries: CfnMapEntry[] = [];
  const resources: CfnMapEntry[] = [];
  let headMap: CfnMap | undefined;
  let resourcesAt = -1;
  for (const { chunk, result } of parts) {
    let moved = shifted.get(result);
    if (moved?.start !== chunk.start) {
      moved = { start: chunk.start, map: shift(result.root as CfnMap, chunk.start), diagnostics: result.diagnostics.map((d) => shiftDiagnostic(d, chunk.start)) };
      shifted.set(result, moved);
    }
    for (const d of moved.diagnostics) diagnostics.push(d);
    const map = moved.map;
    if (chunk.role === 'head') {
      headMap = map;
      resourcesAt = map.entries.findIndex((e) => e.key.value === 'Resources');
      // `Resources:` must be the head's last key, with nothing after it yet.
      if (resourcesAt !== map.entries.length - 1) return null;
      const value = map.entries[resourcesAt].value;
      if (value.type !== 'Scalar' || value.raw !== '') return null;
      rootEntries.push(...map.entries);
    } else if (chunk.role === 'resource') {
      resources.push(map.entries[0]);
    } else {
      rootEntries.push(...map.entries);
    }
  }
  if (!headMap || resources.length === 0) return null;
  // Duplicate keys across chunks (each chunk only saw its own).
  duplicates(resources, diagnostics);
  duplicates(rootEntries, diagnostics);
  const resourcesMap: CfnMap = { type: 'Map', entries: resources, start: resources[0].start, end: resources[resources.length - 1].end };
  const key = rootEntries[resourcesAt].key;
  rootEntries[resourcesAt] = { key, value: resourcesMap, start: key.start, end: resourcesMap.end };
  const root: CfnMap = { type: 'Map', entries: rootEntries, start: headMap.start, end: rootEntries[rootEntries.length - 1].end };
  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  return { root, diagnostics };
}

function duplicates(entries: readonly CfnMapEntry[], diagnostics: CfnDiagnostic[]): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.key.value)) {
      const already = diagnostics.some((d) => d.code === 'DUPLICATE_KEY' && d.start === e.key.start);
      if (!already) diagnostics.push(duplicateKey(e.key));
    }
    seen.add(e.key.value);
  }
}
