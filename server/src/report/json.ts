// SPDX-License-Identifier: Apache-2.0
// `--format json`: the scan as one JSON document (documented in docs/cli.md).

import { TOOL_NAME, VERSION } from '../version';
import type { ScanResult } from './scan-result';
import { bySeverity } from './scan-result';
import { totalsOf } from './totals';

export function toJson(r: ScanResult): string {
  const doc = {
    tool: { name: TOOL_NAME, version: VERSION },
    findings: r.findings.map((f) => ({
      ruleId: f.ruleId,
      title: f.title,
      severity: f.severity,
      kind: f.kind,
      file: f.file,
      startLine: f.startLine,
      startColumn: f.startColumn,
      endLine: f.endLine,
      endColumn: f.endColumn,
      resource: f.resource,
      message: f.message,
      frameworks: f.frameworks,
      fixable: f.fixable,
      suppressed: f.suppressed,
      ...(f.justification ? { justification: f.justification } : {}),
      ...(f.unknown ? { unknown: f.unknown } : {}),
      ...(f.via ? { via: f.via } : {}),
      ...(f.when ? { when: f.when } : {}),
    })),
    errors: r.errors.map((e) => ({ file: e.file, message: e.message, startLine: e.startLine })),
    notes: r.notes.map((n) => ({ file: n.file, message: n.message, startLine: n.startLine })),
    // The same totals as the report's `summary` (report/totals.ts); `findings` = violations + cannot verify.
    summary: { ...totalsOf(r), findings: r.findings.filter((f) => !f.suppressed).length, bySeverity: bySeverity(r.findings), ...(r.baseline ? { baselined: r.baseline.count } : {}) },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
