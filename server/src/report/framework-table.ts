// SPDX-License-Identifier: Apache-2.0
// One row per framework view (CIS: Level 1, and Levels 1 and 2) with its control statuses and pass rate:
// the summary the text format prints and the Markdown job summary shows. The numbers are the compliance
// report's (report/compliance.ts), so a CI log, a job summary and `report` agree.

import type { Rule } from '../engine/rule-api';
import type { ReportFrameworkKey } from '../engine/frameworks';
import { buildComplianceReport } from './compliance';
import type { ComplianceReport } from './compliance';
import { frameworkName, percent } from './markdown';
import type { ScanResult } from './scan-result';

export interface FrameworkRow {
  key: string;
  name: string;
  /** `61.5%`, or `n/a` when no control was decided. */
  passRate: string;
  pass: number;
  fail: number;
  unknown: number;
  /** Excepted with and without a justification. */
  excepted: number;
  notApplicable: number;
  manual: number;
}

export function rowsOfReport(report: ComplianceReport): FrameworkRow[] {
  return report.frameworks.map((f) => ({
    key: f.view ? `${f.key}:${f.view}` : f.key,
    name: frameworkName(f),
    passRate: percent(f.passRate),
    pass: f.counts.pass,
    fail: f.counts.fail,
    unknown: f.counts.unknown,
    excepted: f.counts.excepted + f.counts['excepted-unjustified'],
    notApplicable: f.counts['not-applicable'],
    manual: f.counts.manual,
  }));
}

/** `keys`, else the frameworks of the project file, else those the scan evidences (as `report` chooses them). */
export function frameworkRows(r: ScanResult, rules: readonly Rule[], wanted?: readonly ReportFrameworkKey[]): FrameworkRow[] {
  const keys = wanted ?? (r.config?.frameworks && r.config.frameworks.length > 0 ? r.config.frameworks : undefined);
  return rowsOfReport(buildComplianceReport(r, rules, keys));
}
