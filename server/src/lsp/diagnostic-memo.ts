// SPDX-License-Identifier: Apache-2.0
// What a keystroke's publish reuses from the previous one. An edit changes a few findings of a 2,000-line
// file; the others come back from the analysis as fresh objects equal to the last ones, and rebuilding
// their diagnostics (message with its framework suffix, documentation link, range, data) and serializing
// them again was most of the publish cost. So each open document keeps the diagnostics of its last
// publish by identity (rule, resource, kind) and range (line and character, which typing within a line
// does not move, unlike offsets), and reuses one when everything it is made of is unchanged: its range,
// and the facts the caller names (message, severity, rule). Otherwise it is rebuilt. (Works as well when
// the analysis reuses Finding objects: the check is on content, not identity.) Entries the latest publish
// did not use are dropped, so a session does not grow the memo.
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
  /** The publish (generation) that last used it. */
  used: number;
  endLine: number;
  endCharacter: number;
  facts: readonly [unknown, unknown, unknown];
}

export class DiagnosticMemo {
  private readonly slots = new Map<string, Slot>();
  private generation = 0;

  /** Starts a publish: entries not asked for until `finish` are dropped then. */
  begin(): void {
    this.generation++;
  }

  /**
   * The entry for `key` at `start`..`end` (offsets in the text `lines` indexes), with the diagnostic kept
   * from an earlier publish when its range and `facts` (compared with `===`) are the same, else the one
   * `build()` makes, kept for the next publish.
   */
  entry(lines: LineIndex, key: string, start: number, end: number, group: string | null, syntax: boolean, f0: unknown, f1: unknown, f2: unknown, build: () => Diagnostic): Entry {
    const sl = lineOfClamped(lines, start);
    const sc = clampOffset(lines, start) - lines.lineStart(sl);
    const el = lineOfClamped(lines, end);
    const ec = clampOffset(lines, end) - lines.lineStart(el);
    const id = `${key}@${sl}:${sc}`;
    const slot = this.slots.get(id);
    if (slot && slot.used !== this.generation && slot.endLine === el && slot.endCharacter === ec && slot.facts[0] === f0 && slot.facts[1] === f1 && slot.facts[2] === f2) {
      slot.used = this.generation;
      const e = slot.entry;
      if (e.start !== start || e.end !== end || e.group !== group) slot.entry = { diagnostic: e.diagnostic, start, end, key, group, syntax };
      return slot.entry;
    }
    const entry: Entry = { diagnostic: build(), start, end, key, group, syntax };
    // Two diagnostics with one identity at one place (rare): the first keeps the slot.
    if (!slot || slot.used !== this.generation) this.slots.set(id, { entry, used: this.generation, endLine: el, endCharacter: ec, facts: [f0, f1, f2] });
    return entry;
  }

  /** Ends a publish: forgets what it did not use. */
  finish(): void {
    for (const [id, slot] of this.slots) if (slot.used !== this.generation) this.slots.delete(id);
  }

  get size(): number {
    return this.slots.size;
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
