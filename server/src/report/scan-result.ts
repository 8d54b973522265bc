// SPDX-License-Identifier: Apache-2.0
// A scan of files and folders as plain data: what the CLI prints in every format, and what reports build
// on. Positions are 1-based lines and columns (UTF-16 columns, as editors count).

import { dirname } from 'node:path';
import { statSync } from 'node:fs';
import { AnalysisService } from '../service/analysis';
import type { FileAnalysis } from '../service/analysis';
import { keptProjectFindings, projectFindingKey, projectItemOf } from '../service/workspace-controls';
import type { FindingLevel, Rule } from '../engine/rule-api';
import type { RuleRun } from '../engine/runner';
import type { ReportFrameworkKey } from '../engine/frameworks';
import { findProjectConfig, loadProjectConfig, projectConfigAbove } from '../service/project-config';
import type { ConfigProblem, ProjectConfig } from '../service/project-config';
import type { EvaluationInputs } from '../core/inputs';
import { digestOf } from '../service/scan-digest';
import type { DigestRun, DigestScope, FileDigest, ScanError, ScanFinding, ScanNote } from '../service/scan-digest';
import { collectOutcomes, planScan, scanInProcess } from '../service/workspace-scan';
import type { ScanOutcome, ScanPlan } from '../service/workspace-scan';
import { cacheKey, fileHash, ScanCache } from '../service/scan-cache';
import type { CacheStats } from '../service/scan-cache';
import { BUILD_ID, VERSION } from '../version';
import { encodeInputs } from '../core/encoded-inputs';

export type { ExceptionInfo, ScanError, ScanFinding, ScanNote, ScanProvenance } from '../service/scan-digest';

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
  /** What the report's verdicts read of each file, parallel to `files`. */
  digests: FileDigest[];
  /** Set when a baseline left findings out (`applyBaseline`). */
  baseline?: BaselineApplied;
  /** The on-disk cache's hits and misses (every thread's), for a scan that used one (ScanOptions.cache). */
  cache?: CacheStats;
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
  /**
   * What the file digests keep: `verdicts` (default) for the compliance report and the text format's
   * framework table; `findings` for outputs that list findings only (less memory and work per file).
   */
  scope?: DigestScope;
  /** A folder for the on-disk cache of results per scanned folder (service/scan-cache.ts); none by default. */
  cache?: string;
}

/** The project file a scan of `roots` applies (see ScanOptions.config), loaded; and one above, only named. */
export function scanConfig(roots: readonly string[], rules: readonly Rule[], options: ScanOptions): { configFile?: string; configAbove?: string; loaded?: ReturnType<typeof loadProjectConfig> } {
  let configFile: string | undefined;
  let configAbove: string | undefined;
  if (typeof options.config === 'string') configFile = options.config;
  else if (options.config !== false && roots.length > 0) {
    const folder = isDirectory(roots[0]!) ? roots[0]! : dirname(roots[0]!);
    configFile = findProjectConfig(folder);
    if (!configFile) configAbove = projectConfigAbove(folder);
  }
  const loaded = configFile ? loadProjectConfig(configFile, rules) : undefined;
  return { ...(configFile ? { configFile } : {}), ...(configAbove ? { configAbove } : {}), ...(loaded ? { loaded } : {}) };
}

/** The analysis service a scan uses (also what each worker of the pool builds from the same options). */
export function scanService(rules: readonly Rule[], options: ScanOptions, config: ProjectConfig | undefined, cache?: ScanCache): AnalysisService {
  const service = new AnalysisService({ rules, ...(options.inputs ? { inputs: options.inputs } : {}), ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}), ...(cache ? { fs: cache.recording() } : {}) });
  if (config) service.setProjectConfig(config);
  return service;
}

/** Scans the given roots (files or folders) in this thread. Paths in the result are relative to their root. */
export function scan(roots: readonly string[], rules: readonly Rule[], options: ScanOptions = {}): ScanResult {
  const { configFile, configAbove, loaded } = scanConfig(roots, rules, options);
  const cache = scanCacheOf(rules, options, configFile);
  const service = scanService(rules, options, loaded?.config, cache);
  const plan = planScan(roots, options.exclude ?? [], options.displayBase);
  return finishScan(plan, scanInProcess(service, plan.entries, options.scope, cache), service.activeRules, configAbove, loaded, cache);
}

/**
 * The on-disk cache a scan uses (ScanOptions.cache): keyed on everything its results depend on besides
 * what each folder's analysis reads, which each entry records (service/scan-cache.ts). `today` is the UTC
 * date suppressions expire by (engine/suppressions.ts).
 */
export function scanCacheOf(rules: readonly Rule[], options: ScanOptions, configFile: string | undefined, today = new Date().toISOString().slice(0, 10)): ScanCache | undefined {
  if (!options.cache) return undefined;
  const keyOf = (scope: DigestScope): string => cacheKey({
    build: BUILD_ID,
    version: VERSION,
    rules: rules.map((r) => r.meta.id),
    config: configFile ? [configFile, fileHash(configFile)] : null,
    // As the workers are sent them: maps as entry lists, an Unknown as every field it is built from.
    inputs: options.inputs ? encodeInputs(options.inputs) : null,
    maxFileSize: options.maxFileSize ?? null,
    scope,
    today,
  });
  // A findings-only scan can also read the full digests a scan with verdicts kept (narrowed).
  return options.scope === 'findings' ? new ScanCache(options.cache, keyOf('findings'), keyOf('verdicts')) : new ScanCache(options.cache, keyOf('verdicts'));
}

/**
 * The scan result of a plan's outcomes (made in this thread or by the pool). With the on-disk cache the scan
 * used, its hits and misses go in the result and the entries no scan used lately are deleted.
 */
export function finishScan(plan: ScanPlan, outcomes: readonly ScanOutcome[], rules: readonly Rule[], configAbove?: string, loaded?: ReturnType<typeof loadProjectConfig>, cache?: ScanCache): ScanResult {
  const { digests, failed } = collectOutcomes(plan, outcomes);
  const result = resultOfDigests(digests, rules);
  result.errors.push(...failed);
  result.rules = rules;
  if (configAbove) result.configAbove = configAbove;
  if (loaded) {
    result.config = loaded.config;
    result.configProblems = loaded.problems;
  }
  if (cache) {
    cache.prune();
    result.cache = cache.stats;
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
 * The scan result of analyses made elsewhere (the language server's workspace audit, a plan scan), each with
 * the path to show for it (relative to its workspace folder).
 */
export function scanResultOf(items: readonly { file: string; analysis: FileAnalysis }[], rules: readonly Rule[]): ScanResult {
  const runs = new WeakMap<RuleRun, DigestRun | null>();
  return resultOfDigests(
    items.map((i) => digestOf(i.analysis, i.file, runs)),
    rules,
  );
}

/** The scan result of file digests: findings with their rules' titles and frameworks, account-level ones once per workspace. */
export function resultOfDigests(digests: readonly FileDigest[], rules: readonly Rule[]): ScanResult {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const result: ScanResult = { files: [], findings: [], errors: [], notes: [], digests: [] };
  // Account-level "missing" findings: once per workspace, the same ones the editor shows.
  const kept = keptProjectFindings(digests.map(projectItemOf));
  for (const d of digests) {
    result.files.push(d.file);
    result.digests.push(d);
    // Syntax errors, then suppression problems (as digestOf lists them).
    result.errors.push(...d.errors);
    for (const f of d.findings) {
      if (f.kind === 'missing' && !kept.has(projectFindingKey(f.ruleId, d.path))) continue;
      const rule = byId.get(f.ruleId);
      // Keys in the documented order (the report's JSON writes these objects as they are).
      const item: ScanFinding = {
        ruleId: f.ruleId,
        title: rule?.meta.title ?? f.ruleId,
        severity: f.severity,
        kind: f.kind,
        file: f.file,
        startLine: f.startLine,
        startColumn: f.startColumn,
        endLine: f.endLine,
        endColumn: f.endColumn,
        resource: f.resource,
        message: f.message,
        frameworks: frameworksOf(rule),
        fixable: f.fixable,
        suppressed: f.suppressed,
      };
      if (f.justification !== undefined) item.justification = f.justification;
      if (f.suppression) item.suppression = f.suppression;
      if (f.expiredSuppression) item.expiredSuppression = f.expiredSuppression;
      if (f.unknown) item.unknown = f.unknown;
      if (f.via) item.via = f.via;
      if (f.when) item.when = f.when;
      result.findings.push(item);
    }
    result.notes.push(...d.notes);
  }
  return result;
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
