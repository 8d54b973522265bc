// SPDX-License-Identifier: Apache-2.0
// A scan of files and folders as plain data: what the CLI prints in every format, and what reports build
// on. Positions are 1-based lines and columns (UTF-16 columns, as editors count).

import { relative, dirname, sep } from 'node:path';
import { statSync } from 'node:fs';
import { AnalysisService } from '../service/analysis';
import type { FileAnalysis } from '../service/analysis';
import { listWorkspaceFiles } from '../service/workspace-files';
import { keptProjectFindings, projectFindingKey } from '../service/workspace-controls';
import type { WalkProblem } from '../service/workspace-files';
import type { FindingLevel, Rule } from '../engine/rule-api';
import type { ReportFrameworkKey } from '../engine/frameworks';
import type { Suppression, SuppressionOrigin } from '../engine/suppressions';
import { PROJECT_CONFIG_NAME, findProjectConfig, loadProjectConfig, projectConfigAbove } from '../service/project-config';
import type { ConfigProblem, ProjectConfig } from '../service/project-config';
import type { Provenance, UnknownRef, Value } from '../core/value';
import { firstUnknown } from '../core/value';
import type { EvaluationInputs } from '../core/inputs';

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
  /** Built-in framework keys, then the organisation's own (custom rules' `orgFrameworks`) by key. */
  frameworks: Partial<Record<ReportFrameworkKey, string[]>>;
  fixable: boolean;
  suppressed: boolean;
  justification?: string;
  /** The exception that suppresses the finding (for the register). */
  suppression?: ExceptionInfo;
  /** A suppression that would have applied but expired: the finding is reported again. */
  expiredSuppression?: ExceptionInfo;
  /** Unverifiable findings: what the value depends on (`{kind: 'variable', name: 'x'}`, ...). */
  unknown?: UnknownRef;
  /** Where the reported value came from when not written in place (a default, a tfvars file, a module call). */
  via?: ScanProvenance[];
  /** CloudFormation: the finding holds only for these values of conditions (any one of the lists). */
  when?: { condition: string; value: boolean }[][];
}

/** A Provenance with its place as a path relative to the scanned root and a 1-based line. */
export interface ScanProvenance {
  kind: Provenance['kind'];
  name: string;
  value: Value;
  file: string;
  line: number;
}

/** An exception as the register shows it. */
export interface ExceptionInfo {
  /** inline, metadata, config, or the peer tool whose syntax it is written in. */
  origin: SuppressionOrigin;
  /** The id as written (a peer tool's id for peer syntaxes, `*` for KICS' rule-less ignores). */
  id: string;
  justification: string;
  until: string | null;
  /** No reason given (peer syntaxes allow that; ours does not suppress without one). */
  noReason: boolean;
  /** Where it is written: the file and 1-based line (the project file for `config`). */
  file: string;
  line: number;
}

export interface ScanError {
  file: string;
  message: string;
  startLine: number;
  startColumn: number;
}

/** Information about evaluation (a module not installed, a module calling itself), with its place. */
export interface ScanNote {
  file: string;
  message: string;
  startLine: number;
  startColumn: number;
}

/** A baseline applied to a scan: which file, and how many findings it left out (every format says so). */
export interface BaselineApplied {
  file: string;
  count: number;
}

/** What a baseline says about a scan, in words (text, Markdown, HTML, JUnit, the job summary). */
export function baselinedNote(b: BaselineApplied): string {
  return `${b.count} finding${b.count === 1 ? '' : 's'} in the baseline ${b.file} ${b.count === 1 ? 'is' : 'are'} not reported.`;
}

export interface ScanResult {
  /** The project file applied (`.iac-compliance.yaml`), and what was wrong with it. */
  config?: ProjectConfig;
  /** A project file above the scanned folder, not applied (only `config` names one outside it). */
  configAbove?: string;
  configProblems?: ConfigProblem[];
  /** The rules in force (the project file's exclusions, profile and severities applied). */
  rules?: readonly Rule[];
  files: string[];
  findings: ScanFinding[];
  errors: ScanError[];
  notes: ScanNote[];
  analyses: FileAnalysis[];
  /** Set when a baseline left findings out (`applyBaseline`). */
  baseline?: BaselineApplied;
}

/** A rule's framework ids, its organisation's own frameworks included. */
function frameworksOf(rule: Rule | undefined): Partial<Record<ReportFrameworkKey, string[]>> {
  if (!rule) return {};
  const own = rule.meta.orgFrameworks;
  if (!own) return rule.meta.frameworks;
  const out: Partial<Record<ReportFrameworkKey, string[]>> = { ...rule.meta.frameworks };
  for (const [k, f] of Object.entries(own)) out[k] = f.ids;
  return out;
}

function posix(p: string): string {
  return p.split(sep).join('/');
}

export interface ScanOptions {
  exclude?: readonly string[];
  /**
   * The project file: a path, or false for none. By default the `.iac-compliance.yaml` in the first
   * root's folder (one further up is only reported, as `configAbove`).
   */
  config?: string | false;
  /** Defaults on or off, `--var` / `--var-file` values. */
  inputs?: EvaluationInputs;
  /** Show every path relative to this folder instead of relative to its root (`scan --changed-files`). */
  displayBase?: string;
  /** Largest file analyzed, in bytes (`--max-file-size`). */
  maxFileSize?: number;
}

/** Scans the given roots (files or folders). Paths in the result are relative to their root. */
export function scan(roots: readonly string[], rules: readonly Rule[], options: ScanOptions = {}): ScanResult {
  const service = new AnalysisService({ rules, ...(options.inputs ? { inputs: options.inputs } : {}), ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}) });
  let configFile: string | undefined;
  let configAbove: string | undefined;
  if (typeof options.config === 'string') configFile = options.config;
  else if (options.config !== false && roots.length > 0) {
    const folder = isDirectory(roots[0]!) ? roots[0]! : dirname(roots[0]!);
    configFile = findProjectConfig(folder);
    if (!configFile) configAbove = projectConfigAbove(folder);
  }
  const loaded = configFile ? loadProjectConfig(configFile, rules) : undefined;
  if (loaded) service.setProjectConfig(loaded.config);
  const items: { file: string; analysis: FileAnalysis }[] = [];
  const failed: ScanError[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    const base = options.displayBase ?? (statSync(root).isDirectory() ? root : dirname(root));
    const walkProblems: WalkProblem[] = [];
    const listed = listWorkspaceFiles(root, options.exclude ?? [], walkProblems);
    for (const p of walkProblems) failed.push({ file: posix(relative(base, p.path)) || posix(p.path), message: p.message, startLine: 1, startColumn: 1 });
    for (const path of listed) {
      if (seen.has(path)) continue;
      seen.add(path);
      let a: FileAnalysis;
      try {
        a = service.analyzeFile(path);
      } catch (e) {
        // One file's failure never costs the others their results: it becomes an error entry.
        failed.push({ file: posix(relative(base, path)) || posix(path), message: `iac-compliance could not check this file (internal error: ${e instanceof Error ? e.message : String(e)})`, startLine: 1, startColumn: 1 });
        continue;
      }
      if (!a.relevant) continue;
      items.push({ file: posix(relative(base, path)) || posix(path), analysis: a });
    }
  }
  const result = scanResultOf(items, service.activeRules);
  result.errors.push(...failed);
  result.rules = service.activeRules;
  if (configAbove) result.configAbove = configAbove;
  if (loaded) {
    result.config = loaded.config;
    result.configProblems = loaded.problems;
  }
  return result;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The scan result of analyses made elsewhere (the language server's workspace audit), each with the path
 * to show for it (relative to its workspace folder).
 */
export function scanResultOf(items: readonly { file: string; analysis: FileAnalysis }[], rules: readonly Rule[]): ScanResult {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const result: ScanResult = { files: [], findings: [], errors: [], notes: [], analyses: [] };
  // Account-level "missing" findings: once per workspace, the same ones the editor shows.
  const kept = keptProjectFindings(items);
  for (const { file, analysis: a } of items) {
    result.files.push(file);
    result.analyses.push(a);
    for (const d of a.syntax) {
      const p = a.lines.lspPosition(d.start);
      result.errors.push({ file, message: d.message, startLine: p.line + 1, startColumn: p.character + 1 });
    }
    for (const f of a.findings) {
      if (f.kind === 'missing' && !kept.has(projectFindingKey(f.ruleId, a.path))) continue;
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
        frameworks: frameworksOf(rule),
        fixable: f.fixes.length > 0,
        suppressed: !!f.suppressedBy,
      };
      if (f.suppressedBy) {
        item.justification = f.suppressedBy.justification;
        item.suppression = exceptionInfo(f.suppressedBy, file, a);
      }
      if (f.expiredSuppression) item.expiredSuppression = exceptionInfo(f.expiredSuppression, file, a);
      if (f.unknown) item.unknown = f.unknown;
      if (f.via) item.via = f.via.map((p) => provenanceOf(p, file, a));
      if (f.when) item.when = f.when.map((conj) => conj.map((c) => ({ ...c })));
      result.findings.push(item);
    }
    for (const n of a.notes) {
      const pos = a.lines.lspPosition(n.ref.span.start);
      result.notes.push({ file, message: n.message, startLine: pos.line + 1, startColumn: pos.character + 1 });
    }
    for (const p of a.suppressionProblems) {
      const pos = a.lines.lspPosition(p.start);
      result.errors.push({ file, message: p.message, startLine: pos.line + 1, startColumn: pos.character + 1 });
    }
  }
  return result;
}

/** A provenance's file relative to the finding's root (the finding's own file gives the base folder). */
function provenanceOf(p: Provenance, file: string, a: FileAnalysis): ScanProvenance {
  const base = a.path.slice(0, a.path.length - file.length);
  const shown = p.ref.file.startsWith(base) ? p.ref.file.slice(base.length) : p.ref.file;
  return { kind: p.kind, name: p.name, value: firstUnknown(p.value) ? null : p.value, file: posix(shown), line: (a.locate(p.ref)?.line ?? 0) + 1 };
}

function exceptionInfo(s: Suppression, file: string, a: FileAnalysis): ExceptionInfo {
  return {
    origin: s.origin,
    id: s.writtenId,
    justification: s.justification,
    until: s.until,
    noReason: s.justification.trim() === '',
    // The project file is named as such (it may sit above the scanned folder).
    file: s.source ? PROJECT_CONFIG_NAME : file,
    line: s.source?.line ?? a.lines.lspPosition(s.start).line + 1,
  };
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
