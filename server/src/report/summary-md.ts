// SPDX-License-Identifier: Apache-2.0
// `scan --summary-md FILE`: a short Markdown summary of a scan for a CI job page (GitHub's
// $GITHUB_STEP_SUMMARY, a merge-request note): whether the gate passed, the totals, the control
// statuses and pass rate per framework (the same numbers as `report`), and the failing findings, worst
// first, capped so the page stays readable (GitHub limits a step summary to 1 MiB).

import type { Rule, FindingLevel } from '../engine/rule-api';
import { cell } from './markdown';
import { frameworkRows } from './framework-table';
import type { ReportFrameworkKey } from '../engine/frameworks';
import type { ScanResult } from './scan-result';
import { totalsLine, totalsOf } from './totals';

/** At most this many findings are listed; the rest are counted. */
export const SUMMARY_MAX_FINDINGS = 50;

const ORDER: Record<FindingLevel, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

export interface SummaryOptions {
  failOn: FindingLevel;
  /** Whether the run fails (exit 1). */
  failing: boolean;
  /** Frameworks to show (default: the project file's, else those the scan evidences). */
  frameworks?: readonly ReportFrameworkKey[];
  /** A note added under the totals (the baseline left out N findings). */
  note?: string;
}

export function toSummaryMarkdown(r: ScanResult, rules: readonly Rule[], o: SummaryOptions): string {
  const out: string[] = ['## iac-compliance', ''];
  out.push(o.failing ? `:x: **Failed**: unsuppressed violations at or above \`${o.failOn}\`.` : `:white_check_mark: **Passed**: no unsuppressed violation at or above \`${o.failOn}\`.`, '');
  const t = totalsOf(r);
  out.push(`${t.files} file${t.files === 1 ? '' : 's'} scanned: ${totalsLine(t)}.${t.syntaxProblems ? ` ${t.syntaxProblems} syntax problem${t.syntaxProblems === 1 ? '' : 's'}.` : ''}`);
  if (o.note) out.push('', cell(o.note));
  const ruleSet = r.rules ?? rules;
  const rows = frameworkRows(r, ruleSet, o.frameworks);
  out.push('', '### Controls per framework', '');
  if (rows.length === 0) out.push('No framework is evidenced by the files scanned.');
  else {
    out.push('| framework | pass rate | pass | fail | unknown | excepted | not applicable | manual |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const x of rows) out.push(`| ${cell(x.name)} | ${x.passRate} | ${x.pass} | ${x.fail} | ${x.unknown} | ${x.excepted} | ${x.notApplicable} | ${x.manual} |`);
    out.push('', 'Pass rate = passing controls / decided controls (pass, fail, excepted, unknown); "cannot verify" is never a pass.');
  }
  const failing = r.findings
    .filter((f) => !f.suppressed && f.kind !== 'unverifiable')
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.file.localeCompare(b.file) || a.startLine - b.startLine);
  if (failing.length > 0) {
    out.push('', `### Violations (${failing.length})`, '', '| severity | rule | where | resource | message |', '| --- | --- | --- | --- | --- |');
    for (const f of failing.slice(0, SUMMARY_MAX_FINDINGS)) out.push(`| ${f.severity} | ${f.ruleId} | ${cell(`${f.file}:${f.startLine}`)} | ${cell(f.resource)} | ${cell(f.message)} |`);
    if (failing.length > SUMMARY_MAX_FINDINGS) out.push('', `… and ${failing.length - SUMMARY_MAX_FINDINGS} more (see the code scanning alerts or \`iac-compliance scan\`).`);
  }
  out.push('');
  return out.join('\n') + '\n';
}
