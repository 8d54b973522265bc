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

import type { FileDigest } from './scan-digest';
import { controlFound } from './workspace-controls';

interface Candidate {
  depth: number;
  file: string;
  /** The digest's entry index: on a tie, the first in entry order is kept. */
  index: number;
  digest: FileDigest;
}

export class MissingFold {
  private readonly satisfied = new Set<string>();
  private readonly best = new Map<string, Candidate>();

  /** A findings-only digest of entry `index`: its findings lose the "missing" ones no result can keep. */
  add(index: number, d: FileDigest): void {
    if (!d.findingsOnly) return;
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
    const depth = d.file.split('/').length;
    const drop = new Set<string>();
    for (const ruleId of rules) {
      const held = this.best.get(ruleId);
      if (this.satisfied.has(ruleId) || (held && !before(depth, d.file, index, held))) {
        drop.add(ruleId);
        continue;
      }
      if (held) strip(held.digest, new Set([ruleId]));
      this.best.set(ruleId, { depth, file: d.file, index, digest: d });
    }
    if (drop.size > 0) strip(d, drop);
  }
}

/** Whether a finding at (depth, file, index) would be kept before `held` (keptProjectFindings' order). */
function before(depth: number, file: string, index: number, held: Candidate): boolean {
  if (depth !== held.depth) return depth < held.depth;
  if (file !== held.file) return file < held.file;
  return index < held.index;
}

function strip(d: FileDigest, ruleIds: ReadonlySet<string>): void {
  d.findings = d.findings.filter((f) => f.kind !== 'missing' || !ruleIds.has(f.ruleId));
}
