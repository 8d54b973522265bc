// SPDX-License-Identifier: Apache-2.0
// What a keystroke's publish reuses from the previous one. An edit changes a few findings of a 2,000-line
// file; when the analysis reuses the Finding objects of what the edit did not touch (service/tf-reuse.ts
// moves their offsets in place), their diagnostics are reused too, by the finding's identity, as long as
// everything the diagnostic is made of is unchanged: its range (line and character: typing within a line
// moves offsets, not ranges), the identity fields and the facts the caller names (message, severity,
// rule), all compared with `===` (cheap when the finding is reused: the same strings). A finding built
// afresh misses and its diagnostic is built, which costs about what a lookup by content would (measured:
// matching 220 fresh findings by content, message included, cost more than building their diagnostics;
// see docs/performance.md). Slots live in a WeakMap: they go with their findings, nothing accumulates.
//
// The serialized JSON of a diagnostic is memoized by object (jsonOf), so a reused diagnostic is not
// serialized again either (see encodeMessage). Diagnostics are never mutated once built (calm.ts copies).

import type { Diagnostic, Message } from 'vscode-languageserver';
import type { LineIndex } from '../core/positions';
import type { Entry } from './calm';

/**
 * Whether the memo and the cached serialization are used. `IAC_PUBLISH_CACHE=off` turns both off: the
 * test that compares the two paths runs a server each way.
 */
export const PUBLISH_CACHE = process.env.IAC_PUBLISH_CACHE !== 'off';

interface Slot {
  /** The last entry made with it (reused whole when its offsets and resource are the same too). */
  entry: Entry;
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
  facts: readonly [unknown, unknown, unknown];
}

export class DiagnosticMemo {
  private readonly slots = new WeakMap<object, Slot>();

  /**
   * The entry of `owner` (a finding) at `start`..`end` (offsets in the text `lines` indexes), with the
   * diagnostic kept from an earlier publish when its key, range and `facts` (compared with `===`) are
   * the same, else the one `build()` makes, kept for the next publish.
   */
  entry(lines: LineIndex, owner: object, key: string, start: number, end: number, group: string | null, syntax: boolean, f0: unknown, f1: unknown, f2: unknown, build: () => Diagnostic): Entry {
    const sl = lineOfClamped(lines, start);
    const sc = clampOffset(lines, start) - lines.lineStart(sl);
    const el = lineOfClamped(lines, end);
    const ec = clampOffset(lines, end) - lines.lineStart(el);
    const slot = this.slots.get(owner);
    if (
      slot &&
      slot.startLine === sl &&
      slot.startCharacter === sc &&
      slot.endLine === el &&
      slot.endCharacter === ec &&
      slot.entry.key === key &&
      slot.facts[0] === f0 &&
      slot.facts[1] === f1 &&
      slot.facts[2] === f2
    ) {
      const e = slot.entry;
      if (e.start !== start || e.end !== end || e.group !== group || e.syntax !== syntax) slot.entry = { diagnostic: e.diagnostic, start, end, key, group, syntax };
      return slot.entry;
    }
    const entry: Entry = { diagnostic: build(), start, end, key, group, syntax };
    this.slots.set(owner, { entry, startLine: sl, startCharacter: sc, endLine: el, endCharacter: ec, facts: [f0, f1, f2] });
    return entry;
  }
}

function clampOffset(lines: LineIndex, offset: number): number {
  const max = lines.textLength;
  return offset < 0 ? 0 : offset > max ? max : offset;
}

function lineOfClamped(lines: LineIndex, offset: number): number {
  return lines.lineOf(clampOffset(lines, offset));
}

// --- serialization --------------------------------------------------------------------------------------

const json = new WeakMap<object, string>();

/** JSON of a diagnostic, computed once per object. */
function jsonOf(d: Diagnostic): string {
  let s = json.get(d);
  if (s === undefined) {
    s = JSON.stringify(d);
    json.set(d, s);
  }
  return s;
}

const PUBLISH = 'textDocument/publishDiagnostics';

/**
 * A JSON-RPC message as JSON.stringify writes it, except that a publishDiagnostics notification's
 * diagnostics come from their memoized JSON: the 100 KiB of a large file's publish is then assembled
 * from strings instead of walked and escaped again at every keystroke. Keys keep their order.
 */
export function encodeMessage(msg: Message): string {
  const m = msg as unknown as Record<string, unknown>;
  const params = m.params as Record<string, unknown> | undefined;
  if (!PUBLISH_CACHE || m.method !== PUBLISH || !params || !Array.isArray(params.diagnostics)) return JSON.stringify(msg);
  let out = '{';
  let first = true;
  for (const k of Object.keys(m)) {
    const v = m[k];
    if (v === undefined || typeof v === 'function') continue;
    out += `${first ? '' : ','}${JSON.stringify(k)}:${k === 'params' ? encodeParams(params) : JSON.stringify(v)}`;
    first = false;
  }
  return `${out}}`;
}

function encodeParams(params: Record<string, unknown>): string {
  let out = '{';
  let first = true;
  for (const k of Object.keys(params)) {
    const v = params[k];
    if (v === undefined || typeof v === 'function') continue;
    const value = k === 'diagnostics' ? `[${(v as Diagnostic[]).map(jsonOf).join(',')}]` : JSON.stringify(v);
    out += `${first ? '' : ','}${JSON.stringify(k)}:${value}`;
    first = false;
  }
  return `${out}}`;
}
