// SPDX-License-Identifier: Apache-2.0
// The audit view of a scan: per framework, every control with a status, the evidence by name behind it
// (resources judged, modules searched), the exceptions in force, and pass rates with and without
// exceptions. The status semantics (a truth table) are in docs/report.md; in short:
//
//   fail                   an unsuppressed violation, an expired exception, or an account-level control
//                          (a trail, alarms, Access Analyzer, Config, Security Hub, a support role, a
//                          password policy) present nowhere in scope
//   excepted-unjustified   the only failures are suppressed by exceptions without a justification
//   excepted               the only failures are suppressed by justified exceptions
//   unknown                no failure, but some evidence could not be verified (never pass)
//   pass                   evidence exists and all of it passes
//   not-applicable         a resource-scoped control with no resource of its kinds (never counted as pass)
//   manual                 no rule of this tool maps to the control: evidence must come from outside the code

import { sha256Hex } from '../core/sha256';
import type { ReportFrameworkKey } from '../engine/frameworks';
import { FRAMEWORK_KEYS, frameworkIdsOf, frameworkTitle, isFrameworkKey, orgFrameworkKeys } from '../engine/frameworks';
import type { Rule } from '../engine/rule-api';
import { TOOL_NAME, VERSION } from '../version';
import { fileKind } from '../service/file-kinds';
import { STATUS_ORDER, workspaceEvidence } from '../service/workspace-controls';
import type { EvidenceItem, EvidenceStatus, RuleEvidence, SearchedScope } from '../service/workspace-controls';
import type { GitState } from './git-state';
import { frameworkControls } from './reference';
import type { BaselineApplied, ScanFinding, ScanResult } from './scan-result';
import { totalsOf } from './totals';
import type { Totals } from './totals';

export type ControlStatus = EvidenceStatus | 'not-applicable' | 'manual';

export const CONTROL_STATUSES: readonly ControlStatus[] = [...STATUS_ORDER, 'not-applicable', 'manual'];

export interface ControlResult {
  id: string;
  title: string;
  level?: 1 | 2;
  status: ControlStatus;
  rules: string[];
  /** Everything judged for the control, by name. */
  evidence: EvidenceItem[];
  /** Account-level controls: the modules and templates searched and what each showed. */
  searched: SearchedScope[];
  /** The scan findings of the control's rules (for JUnit and baselines). */
  findings: ScanFinding[];
}

export interface FrameworkResult {
  /** A built-in framework, or the organisation's own (declared by custom rules). */
  key: ReportFrameworkKey;
  title: string;
  /** For CIS: `level1` (Level 1 recommendations only) or `all` (Levels 1 and 2). */
  view: 'level1' | 'all' | null;
  controls: ControlResult[];
  counts: Record<ControlStatus, number>;
  /** pass / decided, where decided = pass, fail, excepted (both kinds) and unknown; null when none. */
  passRate: number | null;
  /** (pass + excepted with a justification) / decided: exceptions without one never count as pass. */
  passRateWithExceptions: number | null;
}

export interface ReportHeader {
  tool: { name: string; version: string };
  /** The rules in force: how many, and a hash of their ids, severities and mappings. */
  ruleSet: { rules: number; hash: string };
  git: GitState | null;
  scope: { roots: string[]; filesByKind: Record<string, number>; excluded: string[] };
  generatedAt: string;
  frameworks: { key: ReportFrameworkKey; title: string; views: string[] }[];
  /** Whether the frameworks were asked for (--framework, the project file) or chosen by evidence. */
  frameworksRequested: boolean;
  exceptions: { inForce: number; unjustified: number; expired: number };
}

export interface ComplianceReport {
  header: ReportHeader;
  /** The same totals `scan` prints for the same folder. */
  summary: Totals;
  generatedAt: string;
  files: number;
  frameworks: FrameworkResult[];
  /** Per framework, the recommendations that need evidence from outside the code (status manual). */
  manual: { key: ReportFrameworkKey; ids: { id: string; title: string; level?: 1 | 2 }[] }[];
  /** Every suppression in force, for the exception register. */
  exceptions: ScanFinding[];
  /** Suppressions past their date: no longer in force, listed in the register flagged as expired. */
  expiredExceptions: ScanFinding[];
  findings: ScanFinding[];
  /** Set when a baseline left findings out of the lists (statuses and pass rates still count them). */
  baseline?: BaselineApplied;
}

export interface ReportContext {
  /** The scanned roots as given (shown in the header). */
  roots?: string[];
  excluded?: string[];
  git?: GitState | null;
}

/** A short hash of the rules in force (ids, severities, framework mappings): the rule-set version. */
export function ruleSetHash(rules: readonly Rule[]): string {
  const chunks = [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id)).map((r) => JSON.stringify([r.meta.id, r.meta.severity, r.meta.frameworks, r.meta.levels]));
  return sha256Hex(...chunks).slice(0, 12);
}

/** `{ rules, hash }` whose hash is computed on first read (JSON.stringify reads it like a plain field). */
function lazyRuleSet(rules: readonly Rule[]): { rules: number; hash: string } {
  let hash: string | undefined;
  return {
    rules: rules.length,
    get hash(): string {
      return (hash ??= ruleSetHash(rules));
    },
  };
}

/** Whether a rule judged anything here: assessed or named a resource, or looked in a module in scope. */
function evidenced(ev: RuleEvidence | undefined): boolean {
  return !!ev && (ev.items.length > 0 || ev.searched.some((s) => s.outcome !== 'out-of-scope'));
}

/**
 * `keys`: the frameworks asked for (all of them shown); when undefined, the frameworks at least one rule
 * evidences in this workspace.
 */
export function buildComplianceReport(scan: ScanResult, rules: readonly Rule[], keys?: readonly ReportFrameworkKey[], now = new Date(), context: ReportContext = {}): ComplianceReport {
  const evidence = workspaceEvidence(scan.digests, rules);
  const shownKeys = keys ?? [...FRAMEWORK_KEYS, ...orgFrameworkKeys(rules)].filter((k) => rules.some((r) => (frameworkIdsOf(r.meta, k)?.length ?? 0) > 0 && evidenced(evidence.get(r.meta.id))));
  const frameworks: FrameworkResult[] = [];
  for (const key of shownKeys) {
    const views: FrameworkResult['view'][] = key.startsWith('cis-') ? ['level1', 'all'] : [null];
    for (const view of views) frameworks.push(frameworkResult(key, view, scan, rules, evidence));
  }
  const summary = totalsOf(scan);
  const filesByKind: Record<string, number> = {};
  for (const a of scan.digests) {
    const k = a.kind === 'yaml' || a.kind === 'json' ? `cloudformation-${a.kind}` : fileKind(a.path);
    filesByKind[k] = (filesByKind[k] ?? 0) + 1;
  }
  const exceptions = scan.findings.filter((f) => f.suppressed);
  const expiredExceptions = scan.findings.filter((f) => !f.suppressed && f.expiredSuppression);
  const manual = shownKeys.map((key) => {
    const all = frameworks.find((f) => f.key === key && f.view !== 'level1')!;
    return { key, ids: all.controls.filter((c) => c.status === 'manual').map((c) => (c.level ? { id: c.id, title: c.title, level: c.level } : { id: c.id, title: c.title })) };
  });
  return {
    header: {
      tool: { name: TOOL_NAME, version: VERSION },
      // Hashed when read (the Markdown, HTML and JSON reports): the text format's table never reads it.
      ruleSet: lazyRuleSet(rules),
      git: context.git ?? null,
      scope: { roots: context.roots ?? [], filesByKind, excluded: context.excluded ?? [] },
      generatedAt: now.toISOString(),
      frameworks: shownKeys.map((key) => ({ key, title: frameworkTitle(key, rules), views: key.startsWith('cis-') ? ['level1', 'all'] : ['all'] })),
      frameworksRequested: keys !== undefined,
      exceptions: { inForce: exceptions.length, unjustified: summary.unjustified, expired: expiredExceptions.length },
    },
    summary,
    generatedAt: now.toISOString(),
    files: scan.files.length,
    frameworks,
    manual,
    exceptions,
    expiredExceptions,
    findings: scan.findings,
  };
}

function frameworkResult(key: ReportFrameworkKey, view: FrameworkResult['view'], scan: ScanResult, rules: readonly Rule[], evidence: Map<string, RuleEvidence>): FrameworkResult {
  // An organisation's framework has no reference list here: its controls are the ids its rules name.
  const reference = isFrameworkKey(key) ? frameworkControls(key) : [];
  const ids = new Set<string>(reference.map((c) => c.id));
  for (const r of rules) for (const id of frameworkIdsOf(r.meta, key) ?? []) ids.add(id);
  const controls: ControlResult[] = [];
  for (const id of ids) {
    const ref = reference.find((c) => c.id === id);
    if (view === 'level1' && ref?.level === 2) continue;
    const mapped = rules.filter((r) => frameworkIdsOf(r.meta, key)?.includes(id));
    const ruleIds = new Set(mapped.map((r) => r.meta.id));
    const control: ControlResult = { id, title: ref?.title ?? '', status: 'manual', rules: [...ruleIds], evidence: [], searched: [], findings: scan.findings.filter((f) => ruleIds.has(f.ruleId)) };
    if (ref?.level) control.level = ref.level;
    if (mapped.length > 0) {
      const statuses: EvidenceStatus[] = [];
      for (const r of mapped) {
        const ev = evidence.get(r.meta.id);
        if (!ev) continue;
        control.evidence.push(...ev.items);
        control.searched.push(...ev.searched);
        if (ev.status !== 'not-applicable') statuses.push(ev.status);
      }
      control.status = STATUS_ORDER.find((s) => statuses.includes(s)) ?? 'not-applicable';
    }
    controls.push(control);
  }
  controls.sort((a, b) => compareIds(a.id, b.id));
  const counts = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, 0])) as Record<ControlStatus, number>;
  for (const c of controls) counts[c.status]++;
  const decided = counts.pass + counts.fail + counts.excepted + counts['excepted-unjustified'] + counts.unknown;
  return {
    key,
    title: frameworkTitle(key, rules),
    view,
    controls,
    counts,
    passRate: decided === 0 ? null : counts.pass / decided,
    passRateWithExceptions: decided === 0 ? null : (counts.pass + counts.excepted) / decided,
  };
}

/** Orders `1.10` after `1.9`, `CC6.10` after `CC6.9`, `AC-10` after `AC-9`. */
export function compareIds(a: string, b: string): number {
  const pa = a.split(/(\d+)/).filter((x) => x !== '');
  const pb = b.split(/(\d+)/).filter((x) => x !== '');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number(x);
    const ny = Number(y);
    const d = !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y);
    if (d !== 0) return d;
  }
  return 0;
}
