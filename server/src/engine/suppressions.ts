// SPDX-License-Identifier: Apache-2.0
// Inline suppressions: `# iac-compliance:ignore RULE-ID justification [until=YYYY-MM-DD]` (or `//` in
// Terraform) on the line above the resource header or the attribute a finding is on. A suppression
// without a justification does not suppress: it becomes a warning of its own, because an exception an
// auditor cannot read the reason for is not an exception.

import type { LineIndex } from '../parsers/hcl/positions';
import type { Finding } from './runner';

export interface Suppression {
  ruleId: string;
  justification: string;
  until: string | null;
  /** [start, end) of the comment line. */
  start: number;
  end: number;
}

export interface SuppressionProblem {
  message: string;
  start: number;
  end: number;
}

const MARKER = /^\s*(?:#|\/\/)\s*iac-compliance:ignore\b(.*)$/;

/** Parses the suppression comment on line `line`, if there is one. */
export function suppressionOnLine(text: string, lines: LineIndex, line: number): Suppression | SuppressionProblem | null {
  if (line < 0 || line >= lines.lineCount) return null;
  const start = lines.lineStart(line);
  const next = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
  const lineText = text.slice(start, next).replace(/\r?\n$/, '');
  const m = MARKER.exec(lineText);
  if (!m) return null;
  const end = start + lineText.length;
  const words = m[1]!.trim().split(/\s+/).filter((w) => w !== '');
  const ruleId = words.shift();
  if (!ruleId) return { message: 'The suppression names no rule id: write `iac-compliance:ignore RULE-ID justification`.', start, end };
  let until: string | null = null;
  const rest: string[] = [];
  for (const w of words) {
    const u = /^until=(\d{4}-\d{2}-\d{2})$/.exec(w);
    if (u) until = u[1]!;
    else rest.push(w);
  }
  const justification = rest.join(' ');
  if (justification === '') {
    return { message: `The suppression of ${ruleId} has no justification, so it does not suppress anything: add the reason after the rule id.`, start, end };
  }
  return { ruleId, justification, until, start, end };
}

export interface SuppressionResult {
  /** Findings with `suppressedBy` set where a valid suppression applies. */
  findings: (Finding & { suppressedBy?: Suppression })[];
  problems: SuppressionProblem[];
}

/**
 * Applies the suppressions of one file. `headerLineOf` gives the resource header line of a finding's
 * resource, so a comment above the resource covers every finding on it.
 */
export function applySuppressions(
  text: string,
  lines: LineIndex,
  findings: readonly Finding[],
  headerLineOf: (f: Finding) => number | null,
  today: string = new Date().toISOString().slice(0, 10),
): SuppressionResult {
  const problems = new Map<number, SuppressionProblem>();
  const out: SuppressionResult['findings'] = [];
  for (const f of findings) {
    const candidates = [lines.lineOf(f.ref.span.start) - 1];
    const header = headerLineOf(f);
    if (header !== null) candidates.push(header - 1);
    let applied: Suppression | undefined;
    for (const line of candidates) {
      const s = suppressionOnLine(text, lines, line);
      if (!s) continue;
      if (!('ruleId' in s)) {
        problems.set(s.start, s);
        continue;
      }
      if (s.ruleId !== f.ruleId) continue;
      if (s.until !== null && s.until < today) {
        problems.set(s.start, { message: `The suppression of ${s.ruleId} expired on ${s.until}; the finding is reported again.`, start: s.start, end: s.end });
        continue;
      }
      applied = s;
      break;
    }
    out.push(applied ? { ...f, suppressedBy: applied } : f);
  }
  return { findings: out, problems: [...problems.values()] };
}
