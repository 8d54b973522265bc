// SPDX-License-Identifier: Apache-2.0
// The totals every front end prints: the CLI's text and JSON summary, the report's header, the language
// server's audit result. One definition, so the numbers agree everywhere (a test compares them):
//   violations    unsuppressed violations and standing account-level "missing" findings
//   cannotVerify  unsuppressed "cannot verify" findings (a value is unknown): not a violation
//   suppressed    findings covered by an exception in force (with or without a justification)
//   unjustified   of those, exceptions that give no justification (peer syntaxes allow that)
//   expired       findings whose exception has expired (counted in violations again)

import type { ScanFinding, ScanResult } from './scan-result';

export interface Totals {
  files: number;
  violations: number;
  cannotVerify: number;
  suppressed: number;
  unjustified: number;
  expired: number;
  syntaxProblems: number;
}

export function totalsOfFindings(findings: readonly Pick<ScanFinding, 'kind' | 'suppressed' | 'suppression' | 'expiredSuppression'>[], files: number, syntaxProblems = 0): Totals {
  const t: Totals = { files, violations: 0, cannotVerify: 0, suppressed: 0, unjustified: 0, expired: 0, syntaxProblems };
  for (const f of findings) {
    if (f.suppressed) {
      t.suppressed++;
      if (f.suppression?.noReason) t.unjustified++;
      continue;
    }
    if (f.kind === 'unverifiable') t.cannotVerify++;
    else t.violations++;
    if (f.expiredSuppression) t.expired++;
  }
  return t;
}

export function totalsOf(r: ScanResult): Totals {
  return totalsOfFindings(r.findings, r.files.length, r.errors.length);
}

/** "12 violations, 3 cannot verify, 2 suppressed (1 without a justification)" */
export function totalsLine(t: Totals): string {
  const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
  let s = `${plural(t.violations, 'violation')}, ${t.cannotVerify} cannot verify, ${t.suppressed} suppressed`;
  if (t.unjustified > 0) s += ` (${t.unjustified} without a justification)`;
  if (t.expired > 0) s += `, ${plural(t.expired, 'expired exception')}`;
  return s;
}
