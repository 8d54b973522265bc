// SPDX-License-Identifier: Apache-2.0
// A scan of files and folders as plain data: what the CLI prints in every format, and what reports build
// on. Positions are 1-based lines and columns (UTF-16 columns, as editors count).

import { relative, dirname, sep } from 'node:path';
import { statSync } from 'node:fs';
import { AnalysisService } from '../service/analysis';
import type { FileAnalysis } from '../service/analysis';
import { listWorkspaceFiles } from '../service/workspace-files';
import type { FindingLevel, Rule } from '../engine/rule-api';
import type { FrameworkKey } from '../engine/frameworks';

export interface ScanFinding {
  ruleId: string;
  title: string;
  severity: FindingLevel;
  kind: 'violation' | 'unverifiable' | 'missing';
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  resource: string;
  message: string;
  frameworks: Partial<Record<FrameworkKey, string[]>>;
  fixable: boolean;
  suppressed: boolean;
  justification?: string;
}

export interface ScanError {
  file: string;
  message: string;
  startLine: number;
  startColumn: number;
}

export interface ScanResult {
  files: string[];
  findings: ScanFinding[];
  errors: ScanError[];
  analyses: FileAnalysis[];
}

function posix(p: string): string {
  return p.split(sep).join('/');
}

/** Scans the given roots (files or folders). Paths in the result are relative to their root. */
export function scan(roots: readonly string[], rules: readonly Rule[], options: { exclude?: readonly string[] } = {}): ScanResult {
  const service = new AnalysisService({ rules });
  const items: { file: string; analysis: FileAnalysis }[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    const base = statSync(root).isDirectory() ? root : dirname(root);
    for (const path of listWorkspaceFiles(root, options.exclude ?? [])) {
      if (seen.has(path)) continue;
      seen.add(path);
      const a = service.analyzeFile(path);
      if (!a.relevant) continue;
      items.push({ file: posix(relative(base, path)) || posix(path), analysis: a });
    }
  }
  return scanResultOf(items, rules);
}

/**
 * The scan result of analyses made elsewhere (the language server's workspace audit), each with the path
 * to show for it (relative to its workspace folder).
 */
export function scanResultOf(items: readonly { file: string; analysis: FileAnalysis }[], rules: readonly Rule[]): ScanResult {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const result: ScanResult = { files: [], findings: [], errors: [], analyses: [] };
  for (const { file, analysis: a } of items) {
    result.files.push(file);
    result.analyses.push(a);
    for (const d of a.syntax) {
      const p = a.lines.lspPosition(d.start);
      result.errors.push({ file, message: d.message, startLine: p.line + 1, startColumn: p.character + 1 });
    }
    for (const f of a.findings) {
      const s = a.lines.lspPosition(f.ref.span.start);
      const e = a.lines.lspPosition(f.ref.span.end);
      const rule = byId.get(f.ruleId);
      const item: ScanFinding = {
        ruleId: f.ruleId,
        title: rule?.meta.title ?? f.ruleId,
        severity: f.level,
        kind: f.kind,
        file,
        startLine: s.line + 1,
        startColumn: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        resource: f.resource,
        message: f.message,
        frameworks: rule?.meta.frameworks ?? {},
        fixable: f.fixes.length > 0,
        suppressed: !!f.suppressedBy,
      };
      if (f.suppressedBy) item.justification = f.suppressedBy.justification;
      result.findings.push(item);
    }
    for (const p of a.suppressionProblems) {
      const pos = a.lines.lspPosition(p.start);
      result.errors.push({ file, message: p.message, startLine: pos.line + 1, startColumn: pos.character + 1 });
    }
  }
  collapseMissing(result);
  return result;
}

/**
 * Account-level controls are per account, not per Terraform directory or template: a control missing from
 * one module but present in another is present. Keep a rule's "missing" findings only when no module
 * satisfied the rule, and then only one, on the first anchor (the root module's main.tf sorts first).
 */
function collapseMissing(result: ScanResult): void {
  const satisfied = new Set<string>();
  for (const a of result.analyses) {
    for (const run of a.runs) if (run.project === 'present') satisfied.add(run.rule.meta.id);
  }
  // One finding per unsatisfied rule: the shallowest anchor (the root module's main.tf), then by path.
  const chosen = new Map<string, ScanFinding>();
  const rank = (f: ScanFinding): [number, string] => [f.file.split('/').length, f.file];
  for (const f of result.findings) {
    if (f.kind !== 'missing' || satisfied.has(f.ruleId)) continue;
    const current = chosen.get(f.ruleId);
    const [d, p] = rank(f);
    if (!current || d < rank(current)[0] || (d === rank(current)[0] && p < rank(current)[1])) chosen.set(f.ruleId, f);
  }
  result.findings = result.findings.filter((f) => f.kind !== 'missing' || chosen.get(f.ruleId) === f);
}

const ORDER: Record<FindingLevel, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

export function atLeast(level: FindingLevel, threshold: FindingLevel): boolean {
  return ORDER[level] >= ORDER[threshold];
}

export function bySeverity(findings: readonly ScanFinding[]): Record<string, number> {
  const out: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) if (!f.suppressed) out[f.severity] = (out[f.severity] ?? 0) + 1;
  return out;
}
