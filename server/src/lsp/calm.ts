// SPDX-License-Identifier: Apache-2.0
// Calm diagnostics while typing. Between two keystrokes the text is usually half-written, and publishing
// its plain analysis makes the editor blink: an error at the caret on every character, the findings of a
// block that stopped parsing (or of the blocks an unclosed brace swallowed) vanishing until the block
// parses again, "cannot verify" on a value still being typed. So, while the user types (an edit less than
// `typingDelay` ms ago):
//
// - syntax errors at the caret wait: those starting on the line of the last edit, and unclosed brackets
//   the caret is inside of; they are published when the edit moves to another line or when the typing
//   pauses (the pause timer re-publishes), as TypeScript and terraform-ls do;
// - a finding (or note) that is new and lies on the line of the last edit waits the same way: it is about
//   a token still being typed;
// - a resource that contains a syntax error or a waiting finding keeps what was last shown for it (marked
//   `stale` in `data`, ranges moved with the edits), and so does a resource that a broken parse lost;
// - everything else is the plain analysis of the current text.
//
// Once the typing pauses the plain analysis is published, whatever it holds. This file has no timers:
// publish.ts owns them; here are the pure decisions, so they can be reasoned about one publish at a time.

import type { Diagnostic } from 'vscode-languageserver';
import type { DiagnosticData } from '../protocol';
import type { FileAnalysis } from '../service/analysis';
import { commonAffixes } from '../core/common-affixes';
import { resourceExtent } from '../parsers/cfn/template';

/** A diagnostic with what calm needs to follow it across edits. */
export interface Entry {
  diagnostic: Diagnostic;
  /** Offsets in the text it was published on. */
  start: number;
  end: number;
  /** Identity across edits: a finding by rule, resource and kind; anything else by code and message. */
  key: string;
  /** The resource (block) it lies in, by address; null outside every resource. */
  group: string | null;
  syntax: boolean;
}

/** What was last published for a document, and where its last edit ended. */
export interface CalmDoc {
  /** The text of the last publish: the offsets of `shown` are in it. */
  text: string;
  shown: Entry[];
  /** Offset (in `text`) where the last edit ended; -1 before the first edit. */
  caret: number;
  /** An edit happened less than the typing delay ago. */
  typing: boolean;
  /** The last publish held something back (the pause must publish again). */
  holding: boolean;
}

export function newCalmDoc(text: string): CalmDoc {
  return { text, shown: [], caret: -1, typing: false, holding: false };
}

interface Span {
  start: number;
  end: number;
}

/** Resources declared in the analyzed text, with their whole extent (header to closing brace / last line). */
export function resourceSpans(a: FileAnalysis): { address: string; span: Span }[] {
  const cached = spansOf.get(a);
  if (cached) return cached;
  const out: { address: string; span: Span }[] = [];
  const seen = new Set<number>();
  for (const r of a.resources) {
    const t = r.target;
    if (t.file !== a.path) continue;
    const span = t.kind === 'block' ? { start: t.block.start, end: t.block.end } : t.kind === 'resource' ? resourceExtent(t.resource) : null;
    // The instances of one block (count, for_each) are one resource to calm: the block, by its address
    // without the instance key.
    if (!span || seen.has(span.start)) continue;
    seen.add(span.start);
    out.push({ address: r.address.endsWith(']') ? r.address.replace(/\[[^\]]*\]$/, '') : r.address, span });
  }
  out.sort((x, y) => x.span.start - y.span.start);
  spansOf.set(a, out);
  return out;
}

/** Per analysis (publish and calm both ask). */
const spansOf = new WeakMap<FileAnalysis, { address: string; span: Span }[]>();

/**
 * The resource containing an offset (spans sorted by start; resources do not nest: Terraform resources
 * are top-level blocks, CloudFormation ones entries of `Resources`).
 */
export function groupAt(spans: { address: string; span: Span }[], offset: number): string | null {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.span.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Instances of one block (count, for_each) share its span: any of them names it.
  return found >= 0 && offset <= spans[found]!.span.end ? spans[found]!.address : null;
}

/** An edit as offsets: `removed` characters at `at` replaced by `inserted` ones. */
export interface TextEditSpan {
  at: number;
  removed: number;
  inserted: number;
}

/** Where an edit turned `before` into `after`: the common prefix and the replaced lengths. */
export function textDelta(before: string, after: string): TextEditSpan | null {
  if (before === after) return null;
  const { prefix: p, suffix: s } = commonAffixes(before, after);
  return { at: p, removed: before.length - s - p, inserted: after.length - s - p };
}

function moveOffset(o: number, d: TextEditSpan): number {
  if (o <= d.at) return o;
  if (o >= d.at + d.removed) return o + d.inserted - d.removed;
  return d.at;
}

/**
 * Syntax errors about an unclosed bracket, block or interpolation: the caret is inside them while the
 * user types the rest, so they wait wherever they start. (Strings end at the line end in both languages:
 * an unterminated one is a caret-line error.)
 */
const UNCLOSED = /^(Unclosed configuration (block|body)|Unclosed template interpolation|Unterminated (object constructor|tuple constructor|function call)|Missing closing parenthesis|Unclosed '[[{]')/;

/**
 * What to publish for the current analysis (`current`: its plain diagnostics as entries) while the user
 * types. Updates `doc` (text, shown, caret, holding).
 */
export function calmEntries(doc: CalmDoc, a: FileAnalysis, current: Entry[], edits: TextEditSpan[] | null | undefined): Entry[] {
  // The edits since the last publish, as the client sent them; a text diff when one replaced everything.
  const changed = edits === undefined ? (doc.text === a.text ? [] : null) : edits;
  const deltas = changed ?? [textDelta(doc.text, a.text)].filter((d): d is TextEditSpan => d !== null);
  const lines = a.lines;
  // The previous publish, moved into the current text: only the few entries that are looked at by place
  // (syntax errors, findings gone from the caret's line, those kept stale) are moved, when asked for.
  const previous = doc.shown;
  const moved = (e: Entry): Entry => {
    let start = e.start;
    let end = e.end;
    for (const d of deltas) {
      start = moveOffset(start, d);
      end = Math.max(start, moveOffset(end, d));
    }
    return start === e.start && end === e.end ? e : { ...e, start, end };
  };
  const last = deltas.at(-1);
  if (last) doc.caret = last.at + last.inserted;
  if (doc.caret > a.text.length) doc.caret = a.text.length;
  const caret = doc.caret;
  const caretLine = caret < 0 ? -1 : lines.lineOf(caret);
  const shownKeys = new Set<string>();
  const shownSyntax = new Set<string>();
  for (const e of previous) {
    shownKeys.add(e.key);
    if (e.syntax) shownSyntax.add(`${e.key}@${moved(e).start}`);
  }

  const onCaretLine = (e: Entry): boolean => lines.lineOf(e.start) <= caretLine && caretLine <= lines.lineOf(e.end);
  const held = new Set<Entry>();
  for (const e of current) {
    if (caretLine < 0) break;
    if (e.syntax) {
      // New syntax errors on the caret's line or after it (the text after the caret was there before:
      // an error in it now comes from what is being typed, such as a quote not closed yet), and
      // unclosed brackets the caret is inside of.
      if (shownSyntax.has(`${e.key}@${e.start}`)) continue;
      const line = lines.lineOf(e.start);
      if (line >= caretLine || UNCLOSED.test(e.diagnostic.message)) held.add(e);
    } else if (!shownKeys.has(e.key) && onCaretLine(e)) {
      held.add(e);
    }
  }

  // Resources whose findings stay as last shown: those with a syntax error or a waiting finding in them,
  // those where a finding on the caret's line just went away (the value is being retyped), and, when
  // the text does not parse, those the parse lost.
  const frozen = new Set<string>();
  for (const e of current) if (e.group !== null && (e.syntax || held.has(e))) frozen.add(e.group);
  if (caretLine >= 0) {
    const currentKeys = new Set<string>();
    for (const e of current) currentKeys.add(e.key);
    for (const e of previous) if (e.group !== null && !e.syntax && !currentKeys.has(e.key) && onCaretLine(moved(e))) frozen.add(e.group);
  }
  const hasSyntax = current.some((e) => e.syntax);
  if (hasSyntax) {
    const present = new Set(resourceSpans(a).map((s) => s.address));
    for (const e of previous) if (e.group !== null && !e.syntax && !present.has(e.group)) frozen.add(e.group);
  }

  const out: Entry[] = [];
  for (const e of current) {
    if (held.has(e)) continue;
    if (!e.syntax && e.group !== null && frozen.has(e.group)) continue;
    out.push(e);
  }
  for (const e of previous) {
    if (e.syntax || e.group === null || !frozen.has(e.group)) continue;
    out.push(staleEntry(moved(e), a));
  }
  doc.holding = held.size > 0 || frozen.size > 0;
  doc.text = a.text;
  doc.shown = out;
  return out;
}

/** A finding kept from an earlier text: its range moved to where its text is now, marked stale. */
function staleEntry(e: Entry, a: FileAnalysis): Entry {
  const data = e.diagnostic.data as DiagnosticData | undefined;
  const start = a.lines.lspPosition(e.start);
  const end = a.lines.lspPosition(e.end);
  // Kept stale over several keystrokes: the same diagnostic while its range does not move (its JSON is
  // then not written again, see diagnostic-memo.ts).
  const r = e.diagnostic.range;
  if (data?.stale && r.start.line === start.line && r.start.character === start.character && r.end.line === end.line && r.end.character === end.character) return e;
  const diagnostic: Diagnostic = { ...e.diagnostic, range: { start, end } };
  if (data) diagnostic.data = { ...data, stale: true } satisfies DiagnosticData;
  return { ...e, diagnostic };
}
