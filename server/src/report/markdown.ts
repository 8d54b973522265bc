// SPDX-License-Identifier: Apache-2.0
// The compliance report as Markdown: summary per framework, then each framework's controls, then the
// exception register.

import type { ComplianceReport, ControlResult, FrameworkResult } from './compliance';
import { registerRows } from './register';

const STATUS_LABEL: Record<ControlResult['status'], string> = {
  pass: 'pass',
  fail: 'FAIL',
  excepted: 'excepted',
  unknown: 'unknown',
  'not-applicable': 'not applicable',
  'not-assessed': 'not assessed by this tool',
};

export function frameworkName(f: FrameworkResult): string {
  return f.view === 'level1' ? `${f.title} (Level 1)` : f.view === 'all' ? `${f.title} (Levels 1 and 2)` : f.title;
}

export function percent(rate: number | null): string {
  return rate === null ? 'n/a' : `${Math.round(rate * 1000) / 10}%`;
}

/**
 * Text from the workspace (names, paths, justifications) as inert Markdown: HTML-significant characters
 * become entities (Markdown renderers with HTML on would otherwise render `<img onerror=…>`), Markdown
 * punctuation is backslash-escaped, and line breaks cannot end the table row.
 */
export function cell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*[\]|]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, ' ');
}

export function toMarkdown(r: ComplianceReport): string {
  const out: string[] = ['# Infrastructure compliance report', '', `Generated ${r.generatedAt} by iac-compliance over ${r.files} files.`, '', '## Summary', ''];
  out.push('| framework | pass rate | pass | fail | excepted | unknown | not applicable | not assessed |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const f of r.frameworks) {
    const c = f.counts;
    out.push(`| ${frameworkName(f)} | ${percent(f.passRate)} | ${c.pass} | ${c.fail} | ${c.excepted} | ${c.unknown} | ${c['not-applicable']} | ${c['not-assessed']} |`);
  }
  out.push('', 'Pass rate = controls passing / controls decided (pass, fail or excepted).');
  for (const f of r.frameworks) {
    out.push('', `## ${frameworkName(f)}`, '', '| control | title | status | rules | evidence |', '| --- | --- | --- | --- | --- |');
    for (const c of f.controls) {
      if (c.status === 'not-assessed') continue;
      const evidence = c.findings
        .filter((x) => x.kind !== 'unverifiable' || c.status === 'unknown')
        .slice(0, 5)
        .map((x) => cell(`${x.file}:${x.startLine} ${x.resource}${x.suppressed ? ' (excepted)' : ''}`))
        .join('<br>');
      out.push(`| ${c.id} | ${cell(c.title)} | ${STATUS_LABEL[c.status]} | ${c.rules.join(', ')} | ${evidence || `${c.resources.length} resources`} |`);
    }
    const notAssessed = f.controls.filter((c) => c.status === 'not-assessed');
    if (notAssessed.length > 0) out.push('', `Not assessed by this tool (${notAssessed.length}): ${notAssessed.map((c) => c.id).join(', ')}.`);
  }
  out.push('', '## Exception register', '');
  const rows = registerRows(r);
  if (rows.length === 0) out.push('No exceptions in force.');
  else {
    out.push('| rule | resource | finding at | written as | written at | justification | until | state |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const e of rows) out.push(`| ${cell(e.ruleId)} | ${cell(e.resource)} | ${cell(e.finding)} | ${cell(e.origin)} | ${cell(e.writtenAt)} | ${cell(e.justification)} | ${cell(String(e.until))} | ${e.state} |`);
  }
  out.push('');
  return out.join('\n');
}
