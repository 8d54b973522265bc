// SPDX-License-Identifier: Apache-2.0
// The audit view of a scan: per framework, every control the rules map to with a status, the resources
// behind it and the exceptions in force; the framework's other controls as "not assessed by this tool";
// and a pass rate over the controls that could be decided.
//
// Status of a control, from its rules' results on every resource they assessed:
//   fail           an unsuppressed violation (or a missing account-level control)
//   excepted       violations exist but every one is suppressed with a justification
//   unknown        no violation, but some value could not be verified
//   pass           assessed resources exist and all pass
//   not-applicable no resource of the kinds the rules check
//   not-assessed   no rule of this tool maps to the control

import type { FrameworkKey } from '../engine/frameworks';
import { FRAMEWORK_KEYS, FRAMEWORK_TITLES } from '../engine/frameworks';
import type { Rule } from '../engine/rule-api';
import { frameworkControls } from './reference';
import type { ScanFinding, ScanResult } from './scan-result';

export type ControlStatus = 'pass' | 'fail' | 'excepted' | 'unknown' | 'not-applicable' | 'not-assessed';

export interface ResourceResult {
  resource: string;
  file: string;
  line: number;
  ruleId: string;
  status: 'pass' | 'fail' | 'excepted' | 'unknown';
}

export interface ControlResult {
  id: string;
  title: string;
  level?: 1 | 2;
  status: ControlStatus;
  rules: string[];
  resources: ResourceResult[];
  findings: ScanFinding[];
}

export interface FrameworkResult {
  key: FrameworkKey;
  title: string;
  /** For CIS: `level1` (Level 1 recommendations only) or `all` (Levels 1 and 2). */
  view: 'level1' | 'all' | null;
  controls: ControlResult[];
  counts: Record<ControlStatus, number>;
  /** pass / (pass + fail + excepted) over controls with a decision; null when none was decided. */
  passRate: number | null;
}

export interface ComplianceReport {
  generatedAt: string;
  files: number;
  frameworks: FrameworkResult[];
  /** Every suppression in force, for the exception register. */
  exceptions: ScanFinding[];
  /** Suppressions past their date: no longer in force, listed in the register flagged as expired. */
  expiredExceptions: ScanFinding[];
  findings: ScanFinding[];
}

const WORST: ControlStatus[] = ['fail', 'excepted', 'unknown', 'pass'];

function resourceKey(file: string, resource: string, ruleId: string): string {
  return `${file}\u0000${resource}\u0000${ruleId}`;
}

/** Per rule: the resources it assessed (file, address, header line) across the scan, deduplicated. */
function assessed(scan: ScanResult): Map<string, { resource: string; file: string; line: number }[]> {
  const out = new Map<string, { resource: string; file: string; line: number }[]>();
  const seen = new Set<string>();
  for (const [i, a] of scan.analyses.entries()) {
    const file = scan.files[i]!;
    for (const run of a.runs) {
      const list = out.get(run.rule.meta.id) ?? [];
      out.set(run.rule.meta.id, list);
      for (const r of run.assessed) {
        // Runs are shared by the files of a Terraform directory: count each resource once, in its own file.
        if (r.ref.file !== a.path) continue;
        const key = resourceKey(file, r.address, run.rule.meta.id);
        if (seen.has(key)) continue;
        seen.add(key);
        list.push({ resource: r.address, file, line: a.lines.lspPosition(r.ref.span.start).line + 1 });
      }
    }
  }
  return out;
}

function statusOf(findings: ScanFinding[]): ResourceResult['status'] {
  if (findings.some((f) => !f.suppressed && f.kind !== 'unverifiable')) return 'fail';
  if (findings.some((f) => f.suppressed && f.kind !== 'unverifiable')) return 'excepted';
  if (findings.some((f) => f.kind === 'unverifiable')) return 'unknown';
  return 'pass';
}

export function buildComplianceReport(scan: ScanResult, rules: readonly Rule[], keys: readonly FrameworkKey[] = FRAMEWORK_KEYS, now = new Date()): ComplianceReport {
  const byRule = assessed(scan);
  const findingsByResource = new Map<string, ScanFinding[]>();
  for (const f of scan.findings) {
    const k = resourceKey(f.file, f.resource, f.ruleId);
    const list = findingsByResource.get(k) ?? [];
    list.push(f);
    findingsByResource.set(k, list);
  }
  const frameworks: FrameworkResult[] = [];
  for (const key of keys) {
    const views: FrameworkResult['view'][] = key.startsWith('cis-') ? ['level1', 'all'] : [null];
    for (const view of views) frameworks.push(frameworkResult(key, view, scan, rules, byRule, findingsByResource));
  }
  return {
    generatedAt: now.toISOString(),
    files: scan.files.length,
    frameworks,
    exceptions: scan.findings.filter((f) => f.suppressed),
    expiredExceptions: scan.findings.filter((f) => !f.suppressed && f.expiredSuppression),
    findings: scan.findings,
  };
}

function frameworkResult(
  key: FrameworkKey,
  view: FrameworkResult['view'],
  scan: ScanResult,
  rules: readonly Rule[],
  byRule: Map<string, { resource: string; file: string; line: number }[]>,
  findingsByResource: Map<string, ScanFinding[]>,
): FrameworkResult {
  const reference = frameworkControls(key);
  const ids = new Set<string>(reference.map((c) => c.id));
  for (const r of rules) for (const id of r.meta.frameworks[key] ?? []) ids.add(id);
  const controls: ControlResult[] = [];
  for (const id of ids) {
    const ref = reference.find((c) => c.id === id);
    if (view === 'level1' && ref?.level === 2) continue;
    const mapped = rules.filter((r) => r.meta.frameworks[key]?.includes(id));
    const control: ControlResult = { id, title: ref?.title ?? '', status: 'not-assessed', rules: mapped.map((r) => r.meta.id), resources: [], findings: [] };
    if (ref?.level) control.level = ref.level;
    if (mapped.length > 0) {
      for (const r of mapped) {
        for (const res of byRule.get(r.meta.id) ?? []) {
          const fs = findingsByResource.get(resourceKey(res.file, res.resource, r.meta.id)) ?? [];
          control.resources.push({ ...res, ruleId: r.meta.id, status: statusOf(fs) });
          control.findings.push(...fs);
        }
        // Project-level findings (a missing account-level control) have no assessed resource.
        control.findings.push(...scan.findings.filter((f) => f.ruleId === r.meta.id && f.kind === 'missing'));
      }
      const statuses: string[] = [...control.resources.map((x) => x.status), ...control.findings.filter((f) => f.kind === 'missing').map((f) => (f.suppressed ? 'excepted' : 'fail'))];
      // An account-level control present in some module passes (unless a finding above says otherwise).
      if (mapped.some((r) => r.target === 'module' && scan.analyses.some((a) => a.runs.some((run) => run.rule === r && run.project === 'present')))) statuses.push('pass');
      control.status = statuses.length === 0 ? 'not-applicable' : WORST.find((s) => statuses.includes(s))!;
    }
    controls.push(control);
  }
  controls.sort((a, b) => compareIds(a.id, b.id));
  const counts: Record<ControlStatus, number> = { pass: 0, fail: 0, excepted: 0, unknown: 0, 'not-applicable': 0, 'not-assessed': 0 };
  for (const c of controls) counts[c.status]++;
  const decided = counts.pass + counts.fail + counts.excepted;
  return { key, title: FRAMEWORK_TITLES[key], view, controls, counts, passRate: decided === 0 ? null : counts.pass / decided };
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
