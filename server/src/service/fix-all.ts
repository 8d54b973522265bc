// SPDX-License-Identifier: Apache-2.0
// Applies fixes to one file repeatedly (re-analysing after each, like a person pressing the quick fix
// over and over) and returns the final text. Used for `source.fixAll.iacCompliance` (safe fixes only) and
// by the tests.

import { applyEdits } from '../fixes/text-edit';
import type { TextEdit } from '../fixes/text-edit';
import type { AnalysisService, AnalyzedFinding } from './analysis';

export interface FixAllOptions {
  safeOnly: boolean;
  /** Only findings of these rules (all when omitted). */
  ruleIds?: readonly string[];
  /** Upper bound on fixes applied, against fixes that do not converge. */
  limit?: number;
  /** Only findings passing this filter (the editor's settings). */
  filter?: (f: AnalyzedFinding) => boolean;
}

const syntaxErrors = (a: { syntax: readonly { severity: string }[] }): number => a.syntax.filter((d) => d.severity === 'error').length;

/**
 * The text after fixing; the service's view of `path` is restored afterwards. Each finding (rule,
 * resource, message) is fixed at most once: in a damaged file a fix may not clear its finding (the
 * inserted text does not parse into the model), and re-applying it would insert it again and again. A
 * fix that leaves more syntax errors than the file had is undone. It stops when a round changes nothing.
 */
export function fixAll(service: AnalysisService, path: string, text: string, options: FixAllOptions): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  const tried = new Set<string>();
  const fixed = new Set<string>();
  service.setOverlay(path, current);
  try {
    let analysis = service.analyzeFile(path);
    const baseline = syntaxErrors(analysis);
    for (let i = 0; i < (options.limit ?? 50); i++) {
      const pick = (f: AnalyzedFinding): boolean =>
        !f.suppressedBy &&
        (!options.ruleIds || options.ruleIds.includes(f.ruleId)) &&
        (!options.filter || options.filter(f)) &&
        f.fixes.some((x) => !options.safeOnly || x.safety === 'safe');
      const identity = (f: AnalyzedFinding): string => `${f.ruleId}\u0000${f.resource ?? ''}\u0000${f.message}`;
      const finding = analysis.findings.find((f) => pick(f) && !tried.has(`${f.ruleId}@${f.ref.span.start}`) && !fixed.has(identity(f)));
      if (!finding) break;
      tried.add(`${finding.ruleId}@${finding.ref.span.start}`);
      const fix = finding.fixes.find((x) => !options.safeOnly || x.safety === 'safe')!;
      // Fixes that touch other files are left to the quick fix, which can show them.
      const edits = service.fixEdits(finding, fix.id);
      if (edits.size !== 1 || !edits.has(path)) continue;
      const next = applyEdits(current, edits.get(path)!);
      if (next === current) continue;
      service.setOverlay(path, next);
      const after = service.analyzeFile(path);
      if (syntaxErrors(after) > baseline) {
        // Never make the parse worse: undo this one and go on with the others.
        service.setOverlay(path, current);
        continue;
      }
      fixed.add(identity(finding));
      current = next;
      analysis = after;
      applied++;
      tried.clear();
    }
  } finally {
    service.setOverlay(path, text);
  }
  return { text: current, applied };
}

/** One edit that turns `before` into `after`: the differing middle, after the common prefix and suffix. */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  // Whole lines read better in an editor's diff than an edit that starts mid-word.
  while (start > 0 && before[start - 1] !== '\n') start--;
  while (endB < before.length && before[endB - 1] !== '\n' && endB > start) {
    endB++;
    endA++;
  }
  return { start, end: endB, newText: after.slice(start, endA) };
}
