// SPDX-License-Identifier: Apache-2.0
// Recovery for the half-typed YAML mistakes that make the `yaml` library lose the rest of the file: an
// unterminated quoted string (it runs to the end of the file), an unclosed flow collection `[`/`{` followed
// by more lines (the following keys become part of it), and a stray `]`/`}` in block context (it ends the
// document). Everything else the library already recovers from locally.
//
// The repair blanks the offending quote or bracket with a space and the file is parsed again. The edit keeps
// the text's length, so every offset of the second parse is still an offset into the user's text; the
// damaged value degrades to a plain string while the rest of the template parses normally.

import { visit } from 'yaml';
import type { Document, Range, YAMLError } from 'yaml';
import type { CfnDiagnostic } from './ast';

export interface YamlRepair {
  /**
   * A multi-line unterminated string always swallowed what follows, so its repair is always taken. An
   * unclosed or stray bracket may be harmless (or the real mistake may be elsewhere), so those repairs are
   * kept only when they leave fewer errors.
   */
  kind: 'quote' | 'flow' | 'stray';
  /** The offset of the character to replace with a space. */
  offset: number;
  /** Reported instead of the library's message, which points at the end of the file. */
  diagnostic: CfnDiagnostic;
}

const UNTERMINATED_QUOTE = /^Missing closing (["'])quote/;
const UNCLOSED_FLOW = /^Flow (?:sequence|map)\b.*end with a [\]}]$/;
const STRAY_CLOSE = /^Unexpected flow-(?:seq|map)-end token/;

/** The first repair not in `rejected` (offsets) that would stop the rest of `source` being swallowed. */
export function findRepair(docs: readonly Document.Parsed[], source: string, rejected: ReadonlySet<number>): YamlRepair | undefined {
  for (const doc of docs) {
    if (!doc.errors.some((e) => REPAIRABLE.some((pattern) => pattern.test(e.message)))) continue;
    const ends = indexEnds(doc, source);
    for (const error of doc.errors) {
      const repair = repairFor(error, source, ends);
      if (repair && !rejected.has(repair.offset)) return repair;
    }
  }
  return undefined;
}

const REPAIRABLE = [UNTERMINATED_QUOTE, UNCLOSED_FLOW, STRAY_CLOSE];

/** Quoted scalars and flow collections by the offset their (cut short) range ends at. */
interface EndIndex {
  quoted: Map<number, Range>;
  flow: Map<number, Range>;
}

/** One walk over the document, so matching each error to its node is a lookup. */
function indexEnds(doc: Document.Parsed, source: string): EndIndex {
  const ends: EndIndex = { quoted: new Map(), flow: new Map() };
  const add = (map: Map<number, Range>, range: Range | null | undefined, opener: string): void => {
    // The first node wins: an outer collection is repaired before anything nested in it.
    if (range && opener.includes(source[range[0]]) && !map.has(range[1])) map.set(range[1], range);
  };
  visit(doc, {
    Scalar: (_key, node) => add(ends.quoted, node.range, '"\''),
    Map: (_key, node) => add(ends.flow, node.range, '{'),
    Seq: (_key, node) => add(ends.flow, node.range, '['),
  });
  return ends;
}

function repairFor(error: YAMLError, source: string, ends: EndIndex): YamlRepair | undefined {
  const quote = UNTERMINATED_QUOTE.exec(error.message);
  if (quote) {
    const range = ends.quoted.get(error.pos[0]);
    // A string that stays on its line swallowed nothing; leave it alone.
    if (!range || source[range[0]] !== quote[1]) return undefined;
    const newline = source.indexOf('\n', range[0]);
    if (newline < 0 || newline >= range[1]) return undefined;
    return {
      kind: 'quote',
      offset: range[0],
      diagnostic: { message: 'Unterminated string', start: range[0], end: endOfLine(source, range[0]), severity: 'error', code: 'MISSING_CHAR' },
    };
  }
  if (UNCLOSED_FLOW.test(error.message)) {
    const range = ends.flow.get(error.pos[0]);
    // At the end of the file nothing follows, so the partial collection is more useful than a string.
    if (!range || !hasContentAfter(source, error.pos[0])) return undefined;
    const open = source[range[0]];
    return {
      kind: 'flow',
      offset: range[0],
      diagnostic: {
        message: `Unclosed '${open}': expected '${open === '[' ? ']' : '}'}'`,
        start: range[0],
        end: range[0] + 1,
        severity: 'error',
        code: 'MISSING_CHAR',
      },
    };
  }
  if (STRAY_CLOSE.test(error.message)) {
    const offset = error.pos[0];
    const close = source[offset];
    if (close !== ']' && close !== '}') return undefined;
    return {
      kind: 'stray',
      offset,
      diagnostic: { message: `Unexpected '${close}'`, start: offset, end: offset + 1, severity: 'error', code: 'UNEXPECTED_TOKEN' },
    };
  }
  return undefined;
}

function hasContentAfter(source: string, offset: number): boolean {
  const nonSpace = /\S/g;
  nonSpace.lastIndex = offset;
  return nonSpace.test(source);
}

function endOfLine(source: string, from: number): number {
  const newline = source.indexOf('\n', from);
  const end = newline < 0 ? source.length : newline;
  return end > from && source[end - 1] === '\r' ? end - 1 : end;
}

/** Replaces one character with a space, keeping every offset valid. */
export function applyRepair(source: string, repair: YamlRepair): string {
  return source.slice(0, repair.offset) + ' ' + source.slice(repair.offset + 1);
}
