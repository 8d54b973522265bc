// SPDX-License-Identifier: Apache-2.0
// The exception register as rows, shared by the Markdown and HTML reports: every suppression in force and
// every expired one, with where it is written, in which syntax, why, until when, and what an auditor
// should look at (no reason given, expired).

import type { ComplianceReport } from './compliance';
import type { ExceptionInfo, ScanFinding } from './scan-result';

export interface RegisterRow {
  ruleId: string;
  resource: string;
  /** The finding's file:line. */
  finding: string;
  /** `inline`, `metadata`, `config`, or the peer tool (`checkov`, ...), with the id as written when it differs. */
  origin: string;
  /** Where the exception is written (file:line). */
  writtenAt: string;
  justification: string;
  until: string;
  /** `in force`, `in force, no reason given`, or `EXPIRED (reported again)`. */
  state: string;
}

const ORIGIN_LABEL: Record<string, string> = {
  inline: 'inline comment',
  metadata: 'resource Metadata',
  config: '.iac-compliance.yaml',
};

function row(f: ScanFinding, e: ExceptionInfo, expired: boolean): RegisterRow {
  const origin = ORIGIN_LABEL[e.origin] ?? `${e.origin} syntax`;
  return {
    ruleId: f.ruleId,
    resource: f.resource,
    finding: `${f.file}:${f.startLine}`,
    origin: e.id !== f.ruleId ? `${origin} (${e.id === '*' ? 'all rules' : e.id})` : origin,
    writtenAt: `${e.file}:${e.line}`,
    justification: e.justification,
    until: e.until ?? '',
    state: expired ? 'EXPIRED (reported again)' : e.noReason ? 'excepted, no justification' : 'in force',
  };
}

export function registerRows(r: ComplianceReport): RegisterRow[] {
  const rows: RegisterRow[] = [];
  for (const f of r.exceptions) if (f.suppression) rows.push(row(f, f.suppression, false));
  for (const f of r.expiredExceptions) if (f.expiredSuppression) rows.push(row(f, f.expiredSuppression, true));
  return rows;
}
