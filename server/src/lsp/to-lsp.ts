// SPDX-License-Identifier: Apache-2.0
// Findings and syntax errors → LSP diagnostics. The one place where severities are mapped and messages
// get their framework references.

import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver';
import { describeProvenance } from '../engine/runner';
import { pathToUri } from './uri';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { FileAnalysis, AnalyzedFinding, SyntaxDiagnostic } from '../service/analysis';
import type { FindingLevel, Rule } from '../engine/rule-api';
import type { SuppressionProblem } from '../engine/suppressions';
import type { EvaluationNote } from '../service/terraform-modules';
import { frameworkSummary } from '../engine/framework-summary';
import { DIAGNOSTIC_SOURCE } from '../protocol';
import type { CannotVerifySeverity, DiagnosticData, SeverityThreshold } from '../protocol';

const LEVEL_ORDER: Record<FindingLevel, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

export function meetsThreshold(level: FindingLevel, threshold: SeverityThreshold): boolean {
  return LEVEL_ORDER[level] >= LEVEL_ORDER[threshold];
}

export function lspSeverity(level: FindingLevel): DiagnosticSeverity {
  switch (level) {
    case 'critical':
    case 'high':
      return DiagnosticSeverity.Error;
    case 'medium':
      return DiagnosticSeverity.Warning;
    case 'low':
    case 'info':
      return DiagnosticSeverity.Information;
  }
}

const docHrefs = new Map<string, string>();

/**
 * Where a rule's documentation is: the Markdown page shipped next to the bundles (cached per rule); for a
 * custom rule, its rule file in the workspace.
 */
export function ruleDocHref(ruleId: string, source?: { file: string }): string {
  if (source) return pathToFileURL(source.file).toString();
  let href = docHrefs.get(ruleId);
  if (!href) {
    href = pathToFileURL(join(__dirname, '..', 'docs', 'rules', `${ruleId}.md`)).toString();
    docHrefs.set(ruleId, href);
  }
  return href;
}

function range(a: FileAnalysis, start: number, end: number): Diagnostic['range'] {
  return { start: a.lines.lspPosition(start), end: a.lines.lspPosition(end) };
}

/** "Cannot verify" is not a finding count: a hint by default, raised by `iacCompliance.cannotVerifySeverity`. */
export function cannotVerifySeverity(setting: CannotVerifySeverity): DiagnosticSeverity {
  return setting === 'warning' ? DiagnosticSeverity.Warning : setting === 'information' ? DiagnosticSeverity.Information : DiagnosticSeverity.Hint;
}

export function findingDiagnostic(a: FileAnalysis, f: AnalyzedFinding, rule: Rule | undefined, unverifiable: CannotVerifySeverity = 'hint'): Diagnostic {
  const refs = rule ? frameworkSummary(rule.meta) : '';
  // No fix titles or edits here: code actions compute them from the finding (see DiagnosticData).
  const data: DiagnosticData = { resource: f.resource, kind: f.kind };
  const diagnostic: Diagnostic = {
    range: range(a, f.ref.span.start, f.ref.span.end),
    severity: f.kind === 'unverifiable' ? cannotVerifySeverity(unverifiable) : lspSeverity(f.level),
    source: DIAGNOSTIC_SOURCE,
    code: f.ruleId,
    codeDescription: { href: ruleDocHref(f.ruleId, rule?.meta.source) },
    message: refs ? `${f.message} [${refs}]` : f.message,
    data,
  };
  const related = relatedInformation(a, f);
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

/** Where the finding's value came from (a variable's default, a tfvars line, a module argument), as links. */
function relatedInformation(a: FileAnalysis, f: AnalyzedFinding): DiagnosticRelatedInformation[] {
  const out: DiagnosticRelatedInformation[] = [];
  for (const p of f.via ?? []) {
    const start = a.locate(p.ref);
    if (!start) continue;
    const end = a.locate({ file: p.ref.file, span: { start: p.ref.span.end, end: p.ref.span.end } }) ?? start;
    out.push({ location: { uri: pathToUri(p.ref.file), range: { start, end } }, message: describeProvenance(p) });
  }
  return out;
}

export function syntaxDiagnostic(a: FileAnalysis, d: SyntaxDiagnostic): Diagnostic {
  return {
    range: range(a, d.start, Math.max(d.end, d.start)),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: 'syntax',
    message: d.message,
  };
}

/** Information about evaluation (a module source not on disk, a module calling itself). */
export function noteDiagnostic(a: FileAnalysis, n: EvaluationNote): Diagnostic {
  return { range: range(a, n.ref.span.start, n.ref.span.end), severity: DiagnosticSeverity.Information, source: DIAGNOSTIC_SOURCE, code: 'evaluation', message: n.message };
}

export function suppressionDiagnostic(a: FileAnalysis, p: SuppressionProblem): Diagnostic {
  return { range: range(a, p.start, p.end), severity: DiagnosticSeverity.Warning, source: DIAGNOSTIC_SOURCE, code: 'suppression', message: p.message };
}
