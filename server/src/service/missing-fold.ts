// SPDX-License-Identifier: Apache-2.0
// Account-level "missing X" findings in a findings-only scan. Every module root and template reports its
// own (no CloudTrail here, no security contact here, ...), and the scan's result keeps at most one per rule
// (keptProjectFindings: none when any module has the control, else the one in the shallowest file, then
// by path, then the first in entry order). The corpus's digests held 17.6k of them for 77 kept, about 7 MB
// that grew with the workspace until the report was written. This drops, as digests arrive and in any
// order, those that can no longer be kept, so what stays is one per rule, and resultOfDigests keeps the
// same ones it would have kept from all of them.
//
// Only for findings-only digests: the workspace verdicts (report, audit) read every module's finding.

import type { DigestScope, FileDigest } from './scan-digest';
import type { ScanOutcome } from './workspace-scan';
import { anchorBefore, anchorRank, controlFound } from './workspace-controls';
import type { AnchorRank } from './workspace-controls';

interface Candidate extends AnchorRank {
  /** The digest's entry index: on equal ranks, the first in entry order is kept (as keptProjectFindings does). */
  index: number;
  digest: FileDigest;
}

export class MissingFold {
  private readonly satisfied = new Set<string>();
  private readonly best = new Map<string, Candidate>();

  /** The fold a scan of `scope` needs: only findings-only digests are folded. */
  static of(scope: DigestScope | undefined): MissingFold | undefined {
    return scope === 'findings' ? new MissingFold() : undefined;
  }

  /** The outcome of entry `index`: a findings-only digest loses the "missing" findings no result can keep. */
  add(index: number, outcome: ScanOutcome): void {
    if (!outcome || 'failed' in outcome || !outcome.findingsOnly) return;
    const d = outcome;
    for (const run of d.runs) {
      if (!controlFound(run) || this.satisfied.has(run.ruleId)) continue;
      this.satisfied.add(run.ruleId);
      const held = this.best.get(run.ruleId);
      if (held) {
        strip(held.digest, new Set([run.ruleId]));
        this.best.delete(run.ruleId);
      }
    }
    let rules: Set<string> | undefined;
    for (const f of d.findings) if (f.kind === 'missing') (rules ??= new Set()).add(f.ruleId);
    if (!rules) return;
    const candidate: Candidate = { ...anchorRank(d.file), index, digest: d };
    const drop = new Set<string>();
    for (const ruleId of rules) {
      const held = this.best.get(ruleId);
      if (this.satisfied.has(ruleId) || (held && !before(candidate, held))) {
        drop.add(ruleId);
        continue;
      }
      if (held) strip(held.digest, new Set([ruleId]));
      this.best.set(ruleId, candidate);
    }
    if (drop.size > 0) strip(d, drop);
  }

  /**
   * The digest of `from` is now `to` (a copy made after add): the candidates it holds are `to`'s, so later
   * strips change the copy the scan keeps.
   */
  rebind(from: ScanOutcome, to: ScanOutcome): void {
    if (!to || 'failed' in to) return;
    for (const c of this.best.values()) if (c.digest === from) c.digest = to;
  }
}

/** Whether `c` would be kept before `held`: keptProjectFindings' order, then entry order. */
function before(c: Candidate, held: Candidate): boolean {
  if (c.depth === held.depth && c.file === held.file) return c.index < held.index;
  return anchorBefore(c, held);
}

function strip(d: FileDigest, ruleIds: ReadonlySet<string>): void {
  d.findings = d.findings.filter((f) => f.kind !== 'missing' || !ruleIds.has(f.ruleId));
}
