// SPDX-License-Identifier: Apache-2.0
// `--format json`: the scan as one JSON document (documented in docs/cli.md).

import { TOOL_NAME, VERSION } from '../version';
import type { ScanResult } from './scan-result';
import { bySeverity } from './scan-result';
import { totalsOf } from './totals';
import { JsonList, jsonFileChunks, joined } from './json-chunks';

/** The document, its findings made as they are written (json-chunks.ts). */
function jsonDocument(r: ScanResult): object {
  return {
    tool: { name: TOOL_NAME, version: VERSION },
    findings: new JsonList(r.findings, (f) => ({
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
}

/** `--format json` in pieces (written as they come: never one string for a monorepo's findings). */
export function jsonScanChunks(r: ScanResult): Iterable<string> {
  return jsonFileChunks(jsonDocument(r));
}

export function toJson(r: ScanResult): string {
  return joined(jsonScanChunks(r));
}
