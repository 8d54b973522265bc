// SPDX-License-Identifier: Apache-2.0
// `--format codeclimate`: the Code Climate issue list GitLab's Code Quality widget shows on merge requests
// (`artifacts: reports: codequality:`). GitLab needs per issue a description, a check name, a fingerprint
// (to tell new issues from old ones between the branches), a severity and a path with a begin line.
// Suppressed findings are left out; "cannot verify" findings are `info`.

import type { ScanResult } from './scan-result';
import { fingerprintOf } from './baseline';
import { JsonList, jsonFileChunks } from './json-chunks';

/** Code Climate's severities: info, minor, major, critical, blocker. */
const SEVERITY: Record<string, string> = { critical: 'blocker', high: 'critical', medium: 'major', low: 'minor', info: 'info' };

/** The Code Climate issue list in pieces, each issue made as it is written, in order (json-chunks.ts). */
export function* codeClimateChunks(r: ScanResult): Generator<string> {
  const seen = new Map<string, number>();
  const issues = new JsonList(
    r.findings.filter((f) => !f.suppressed),
    (f) => {
      // The same identity as baselines (line-independent), so moving code does not make an issue "new";
      // identical findings are told apart by their occurrence.
      const base = fingerprintOf(f);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      const fingerprint = n === 0 ? base : fingerprintOf({ ...f, message: `${f.message}\u0000${n}` });
      const unverifiable = f.kind === 'unverifiable';
      return {
        type: 'issue',
        check_name: f.ruleId,
        description: `${f.ruleId} ${unverifiable ? 'cannot verify: ' : ''}${f.message}${f.resource && f.resource !== '(project)' ? ` (${f.resource})` : ''}`,
        categories: ['Security'],
        severity: unverifiable ? 'info' : SEVERITY[f.severity],
        fingerprint,
        location: { path: f.file, lines: { begin: f.startLine, end: Math.max(f.endLine, f.startLine) } },
      };
    },
  );
  yield* jsonFileChunks(issues);
}
