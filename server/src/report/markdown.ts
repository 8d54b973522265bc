// SPDX-License-Identifier: Apache-2.0
// The compliance report as Markdown: header (tool, rule set, commit, scope), totals, a summary per
// framework, each framework's controls with their complete evidence by name, the method (what needs
// manual evidence), and the exception register.

import type { ComplianceReport, ControlResult, FrameworkResult, ReportHeader } from './compliance';
import type { EvidenceItem, SearchedScope } from '../service/workspace-controls';
import { registerRows } from './register';
import { totalsLine } from './totals';
import { baselinedNote } from './scan-result';
import { joined } from './json-chunks';

export const STATUS_LABEL: Record<ControlResult['status'], string> = {
  pass: 'pass',
  fail: 'FAIL',
  excepted: 'excepted',
  'excepted-unjustified': 'excepted, no justification',
  unknown: 'unknown',
  'not-applicable': 'not applicable',
  manual: 'manual',
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

/** Header lines shared by Markdown and HTML: [label, value]. */
export function headerRows(h: ReportHeader): [string, string][] {
  const git = h.git ? `${h.git.commit ? h.git.commit.slice(0, 12) : 'no commit'}${h.git.branch ? ` (${h.git.branch})` : ''}, ${h.git.dirty === null ? 'dirty state unknown' : h.git.dirty ? 'uncommitted changes' : 'clean'}` : 'not a git work tree';
  const kinds = Object.entries(h.scope.filesByKind).map(([k, n]) => `${n} ${k}`).join(', ') || 'no files';
  return [
    ['Tool', `${h.tool.name} ${h.tool.version}`],
    ['Rule set', `${h.ruleSet.rules} rules, hash ${h.ruleSet.hash}`],
    ['Commit', git],
    ['Scope', `${h.scope.roots.join(', ') || '(workspace)'}: ${kinds}`],
    ['Excluded paths', h.scope.excluded.join(', ') || 'none'],
    ['Generated', h.generatedAt],
    ['Frameworks', h.frameworks.length === 0 ? 'none evidenced by this workspace' : `${h.frameworks.map((f) => f.title).join('; ')}${h.frameworksRequested ? ' (as requested)' : ' (those the rules found evidence for)'}`],
    ['Exceptions', `${h.exceptions.inForce} in force (${h.exceptions.unjustified} without a justification), ${h.exceptions.expired} expired`],
  ];
}

export function evidenceLine(e: EvidenceItem): string {
  const label = STATUS_LABEL[e.status === 'fail' ? 'fail' : e.status];
  const why = e.exception ? ` (exception: ${e.exception.justification || 'no justification'}${e.exception.until ? `, until ${e.exception.until}` : ''})` : '';
  return `${label} · ${e.resource} · ${e.file}:${e.line}${e.finding ? ` · ${e.ruleId}: ${e.finding}` : ` · ${e.ruleId}`}${why}`;
}

export function searchedLine(s: SearchedScope): string {
  const what: Record<SearchedScope['outcome'], string> = {
    present: 'present',
    violation: 'present, misconfigured',
    unknown: 'cannot verify',
    missing: 'not found',
    'n/a': 'not applicable',
    'out-of-scope': 'not searched',
  };
  return `${s.ruleId} looked in ${s.file}: ${what[s.outcome]}${s.reason ? ` (${s.reason})` : ''}`;
}

export const METHOD =
  'Static analysis of Terraform and CloudFormation source: values are evaluated as the tools would (defaults, var files, module arguments, conditions); what cannot be known from the code is "cannot verify" and never counts as pass. Account-level controls (a trail, alarms, Access Analyzer, Config, Security Hub, a support role, a password policy) pass only when some module or template in scope defines them, and fail when none does. "Not applicable" is used only for resource-scoped controls with no resource of their kinds, and is not counted in pass rates. Pass rate = passing controls / decided controls (pass, fail, excepted, unknown); "with exceptions" also counts controls excepted with a justification as passing.';

/** The report's lines, in order (markdownChunks joins them with newlines). */
function* markdownLines(r: ComplianceReport): Generator<string> {
  yield* ['# Infrastructure compliance report', ''];
  yield* ['| | |', '| --- | --- |'];
  for (const [k, v] of headerRows(r.header)) yield* [`| ${k} | ${cell(v)} |`];
  const t = r.summary;
  yield* ['', '## Totals', '', '| files | violations | cannot verify | suppressed | without justification | expired exceptions |', '| --- | --- | --- | --- | --- | --- |'];
  yield* [`| ${t.files} | ${t.violations} | ${t.cannotVerify} | ${t.suppressed} | ${t.unjustified} | ${t.expired} |`, '', `${totalsLine(t)}.`];
  yield* ['', '## Summary', ''];
  if (r.frameworks.length === 0) yield* ['No framework is evidenced by the files in scope (ask for one with `--framework`).'];
  else {
    yield* ['| framework | pass rate | with exceptions | pass | fail | excepted | excepted, no justification | unknown | not applicable | manual |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
    for (const f of r.frameworks) {
      const c = f.counts;
      yield* [`| ${frameworkName(f)} | ${percent(f.passRate)} | ${percent(f.passRateWithExceptions)} | ${c.pass} | ${c.fail} | ${c.excepted} | ${c['excepted-unjustified']} | ${c.unknown} | ${c['not-applicable']} | ${c.manual} |`];
    }
  }
  yield* ['', '## Method', '', METHOD];
  for (const f of r.frameworks) {
    yield* ['', `## ${frameworkName(f)}`, '', `Pass rate ${percent(f.passRate)}, ${percent(f.passRateWithExceptions)} with exceptions.`, '', '| control | title | status | rules | evidence |', '| --- | --- | --- | --- | --- |'];
    const shown = f.controls.filter((c) => c.status !== 'manual');
    for (const c of shown) yield* [`| ${c.id} | ${cell(c.title)} | ${STATUS_LABEL[c.status]} | ${c.rules.join(', ')} | ${c.evidence.length} judged${c.searched.length ? `, ${c.searched.length} places searched` : ''} |`];
    // The complete evidence once per framework (the Levels 1 and 2 view holds every control).
    if (f.view === 'level1') continue;
    yield* ['', `### Evidence: ${f.title}`];
    for (const c of shown) {
      yield* ['', `#### ${c.id} ${c.title}: ${STATUS_LABEL[c.status]}`, ''];
      if (c.evidence.length === 0 && c.searched.length === 0) yield* ['- nothing of the kinds its rules check'];
      for (const e of c.evidence) yield* [`- ${cell(evidenceLine(e))}`];
      for (const s of c.searched) yield* [`- ${cell(searchedLine(s))}`];
    }
  }
  const manual = r.manual.filter((m) => m.ids.length > 0);
  if (manual.length > 0) {
    yield* ['', '## Needs manual evidence', '', 'No rule of this tool can decide these from code; they need evidence from the accounts or from process:'];
    for (const m of manual) {
      const fw = r.header.frameworks.find((f) => f.key === m.key)!;
      yield* ['', `- ${fw.title} (${m.ids.length}): ${m.ids.map((x) => x.id).join(', ')}`];
    }
  }
  yield* ['', '## Exception register', ''];
  const rows = registerRows(r);
  if (rows.length === 0) yield* ['No exceptions in force.'];
  else {
    yield* ['| rule | resource | finding at | written as | written at | justification | until | state |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
    for (const e of rows) yield* [`| ${cell(e.ruleId)} | ${cell(e.resource)} | ${cell(e.finding)} | ${cell(e.origin)} | ${cell(e.writtenAt)} | ${cell(e.justification)} | ${cell(String(e.until))} | ${e.state} |`];
  }
  yield '';
}

/**
 * The Markdown report in pieces, about a hundred lines each: its evidence lists every resource judged (the
 * corpus's report is 115 MB), so a workspace a few times larger would not fit in one string.
 */
export function* markdownChunks(r: ComplianceReport): Generator<string> {
  let batch: string[] = [];
  let previous: string | undefined;
  for (const line of markdownLines(r)) {
    if (previous !== undefined) batch.push(`${previous}\n`);
    previous = line;
    if (batch.length >= 100) {
      yield batch.join('');
      batch = [];
    }
  }
  batch.push(previous ?? '');
  yield batch.join('');
  if (r.baseline) yield `\n> ${baselinedNote(r.baseline)} Control statuses and pass rates above still count them.\n`;
}

export function toMarkdown(r: ComplianceReport): string {
  return joined(markdownChunks(r));
}
