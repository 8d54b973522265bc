// SPDX-License-Identifier: Apache-2.0
// What a keystroke's publish reuses from the previous one. An edit changes a few findings of a 2,000-line
// file; when the analysis reuses the Finding objects of what the edit did not touch (service/tf-reuse.ts
// moves their offsets in place), their diagnostics are reused too, by the finding's identity, as long as
// everything the diagnostic is made of is unchanged: its range (line and character: typing within a line
// moves offsets, not ranges), the identity fields and the facts the caller names (message, severity,
// rule), all compared with `===` (cheap when the finding is reused: the same strings). A finding built
// afresh misses and its diagnostic is built, which costs about what a lookup by content would (measured:
// matching 220 fresh findings by content, message included, cost more than building their diagnostics;
// see docs/performance.md), so while a publish finds nothing to reuse the next one only probes a few.
// Only the findings of the latest publish are kept: nothing accumulates over a session.
//
// (Serializing publishDiagnostics from per-diagnostic cached JSON was tried, for stdio: assembling the
// strings cost more than JSON.stringify saved while most findings are fresh, and VS Code's Node IPC
// serializes messages itself; see docs/performance.md.)

import type { Diagnostic } from 'vscode-languageserver';
import type { LineIndex } from '../core/positions';
import type { Entry } from './calm';

/** Whether the memo is used. `IAC_PUBLISH_CACHE=off` turns it off: a test compares the two paths. */
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

/** Lookups a publish makes while the previous one found nothing to reuse (the analysis builds fresh findings). */
const PROBE = 16;

export class DiagnosticMemo {
  /** The previous publish's slots, by finding object; `next` is filled by the current one (only its findings are kept). */
  private previous = new Map<object, Slot>();
  private next = new Map<object, Slot>();
  private hits = 0;
  private lookups = 0;
  /** Whether this publish uses the memo for every finding, or probes: when the analysis builds fresh findings (no reuse: CloudFormation, or a full re-analysis), a lookup per finding would only cost. */
  private full = true;

  /** Starts a publish. */
  begin(): void {
    this.full = this.hits > 0 || this.lookups < PROBE;
    this.hits = 0;
    this.lookups = 0;
  }

  /** Ends a publish: what it did not use is dropped. */
  finish(): void {
    this.previous = this.next;
    this.next = new Map();
  }

  /** Whether the next `entry` call should be made (else build the diagnostic directly). */
  get wanted(): boolean {
    return this.full || this.lookups < PROBE;
  }

  /**
   * The entry of `owner` (a finding) at `start`..`end` (offsets in the text `lines` indexes), with the
   * diagnostic kept from the previous publish when its key, range and `facts` (compared with `===`) are
   * the same, else the one `build()` makes, kept for the next publish.
   */
  entry(lines: LineIndex, owner: object, key: string, start: number, end: number, group: string | null, syntax: boolean, f0: unknown, f1: unknown, f2: unknown, build: () => Diagnostic): Entry {
    this.lookups++;
    const sl = lineOfClamped(lines, start);
    const sc = clampOffset(lines, start) - lines.lineStart(sl);
    const el = lineOfClamped(lines, end);
    const ec = clampOffset(lines, end) - lines.lineStart(el);
    const slot = this.previous.get(owner);
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
      this.hits++;
      const e = slot.entry;
      if (e.start !== start || e.end !== end || e.group !== group || e.syntax !== syntax) slot.entry = { diagnostic: e.diagnostic, start, end, key, group, syntax };
      this.next.set(owner, slot);
      return slot.entry;
    }
    const entry: Entry = { diagnostic: build(), start, end, key, group, syntax };
    this.next.set(owner, { entry, startLine: sl, startCharacter: sc, endLine: el, endCharacter: ec, facts: [f0, f1, f2] });
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
