// SPDX-License-Identifier: Apache-2.0
// The compliance report as plain data for the editor's Compliance view (AuditResult.tree): the same
// frameworks, control statuses, counts and evidence as the HTML report, with each evidence item once (a
// resource evidences controls of several frameworks) and every place as a URI the client can open.

import type { ComplianceReport } from './compliance';
import { frameworkName } from './markdown';
import { frameworkShort } from '../engine/frameworks';
import type { ComplianceTreeData, TreeControl, TreeEvidence, TreeException } from '../protocol';
import type { EvidenceItem } from '../service/workspace-controls';
import type { ScanFinding, ExceptionInfo } from './scan-result';

/** `uriOf(file)`: the URI of a path as the report shows it (relative to its root); undefined when unknown. */
export function treeDataOf(report: ComplianceReport, uriOf: (file: string) => string | undefined): ComplianceTreeData {
  // The findings by rule, resource and file, to point at the decisive finding rather than the resource.
  const findings = new Map<string, ScanFinding[]>();
  for (const f of report.findings) {
    const k = `${f.ruleId}\u0000${f.resource}\u0000${f.file}`;
    findings.set(k, [...(findings.get(k) ?? []), f]);
  }
  const findingOf = (e: EvidenceItem): ScanFinding | undefined => {
    if (e.finding === undefined) return undefined;
    const candidates = findings.get(`${e.ruleId}\u0000${e.resource}\u0000${e.file}`) ?? [];
    return candidates.find((f) => f.message === e.finding) ?? candidates[0];
  };
  const evidence: TreeEvidence[] = [];
  const index = new Map<EvidenceItem, number>();
  // Evidence objects are shared between the views of a framework and between frameworks; equal content
  // from different objects is merged too, so the client gets each item once.
  const byKey = new Map<string, number>();
  const indexOf = (e: EvidenceItem): number => {
    const known = index.get(e);
    if (known !== undefined) return known;
    const key = JSON.stringify([e.ruleId, e.resource, e.file, e.line, e.status, e.finding ?? '', e.exception ?? null]);
    let i = byKey.get(key);
    if (i === undefined) {
      i = evidence.length;
      const item: TreeEvidence = { ruleId: e.ruleId, resource: e.resource, file: e.file, uri: uriOf(e.file) ?? '', line: e.line, status: e.status };
      if (e.finding !== undefined) item.finding = e.finding;
      const f = findingOf(e);
      if (f) item.at = { line: f.startLine, column: f.startColumn };
      if (e.exception) item.exception = { ...e.exception };
      evidence.push(item);
      byKey.set(key, i);
    }
    index.set(e, i);
    return i;
  };
  const frameworks = report.frameworks.map((f) => ({
    id: f.view ? `${f.key}:${f.view}` : f.key,
    name: frameworkName(f),
    short: `${frameworkShort(f.key)}${f.view === 'level1' ? ' · Level 1' : f.view === 'all' ? ' · Levels 1+2' : ''}`,
    counts: { ...f.counts },
    passRate: f.passRate,
    passRateWithExceptions: f.passRateWithExceptions,
    controls: f.controls.map((c) => {
      const control: TreeControl = { id: c.id, title: c.title, status: c.status, rules: [...c.rules], evidence: c.evidence.map(indexOf) };
      if (c.level) control.level = c.level;
      return control;
    }),
  }));
  const exceptions: TreeException[] = [];
  const exception = (f: ScanFinding, e: ExceptionInfo, expired: boolean): TreeException => ({
    ruleId: f.ruleId,
    resource: f.resource,
    file: f.file,
    uri: uriOf(f.file) ?? '',
    line: f.startLine,
    justification: e.justification,
    until: e.until,
    origin: e.origin,
    expired,
  });
  for (const f of report.exceptions) if (f.suppression) exceptions.push(exception(f, f.suppression, false));
  for (const f of report.expiredExceptions) if (f.expiredSuppression) exceptions.push(exception(f, f.expiredSuppression, true));
  return { generatedAt: report.generatedAt, files: report.files, frameworks, evidence, exceptions };
}
