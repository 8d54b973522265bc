// SPDX-License-Identifier: Apache-2.0
// `--format text`: one line per finding, compiler style (`file:line:col: severity ID message`), then a summary.

import type { Rule } from '../engine/rule-api';
import { frameworkSummary } from '../engine/framework-summary';
import type { ScanResult } from './scan-result';
import { bySeverity } from './scan-result';
import { totalsLine, totalsOf } from './totals';

export function toText(r: ScanResult, rules: readonly Rule[]): string {
  const byId = new Map(rules.map((x) => [x.meta.id, x]));
  const lines: string[] = [];
  for (const e of r.errors) lines.push(`${e.file}:${e.startLine}:${e.startColumn}: error syntax ${e.message}`);
  for (const n of r.notes) lines.push(`${n.file}:${n.startLine}:${n.startColumn}: note ${n.message}`);
  for (const f of r.findings) {
    if (f.suppressed) continue;
    const rule = byId.get(f.ruleId);
    const refs = rule ? frameworkSummary(rule.meta) : '';
    const level = f.kind === 'unverifiable' ? 'info' : f.severity;
    lines.push(`${f.file}:${f.startLine}:${f.startColumn}: ${level} ${f.ruleId} ${f.message}${refs ? ` [${refs}]` : ''}${f.fixable ? ' (fixable)' : ''}`);
  }
  const counts = bySeverity(r.findings);
  const suppressed = r.findings.filter((f) => f.suppressed).length;
  const total = r.findings.length - suppressed;
  lines.push(
    '',
    `Totals: ${totalsLine(totalsOf(r))} (the report's numbers).`,
    `${r.files.length} file${r.files.length === 1 ? '' : 's'} scanned, ${total} finding${total === 1 ? '' : 's'} (critical ${counts.critical}, high ${counts.high}, medium ${counts.medium}, low ${counts.low}, cannot verify ${counts.info})${suppressed ? `, ${suppressed} suppressed` : ''}${r.errors.length ? `, ${r.errors.length} syntax problem${r.errors.length === 1 ? '' : 's'}` : ''}.`,
  );
  return lines.join('\n') + '\n';
}
