// SPDX-License-Identifier: Apache-2.0
// iacCompliance/auditWorkspace (custom request) and the iacCompliance.auditWorkspace command: analyze
// every Terraform and CloudFormation file of the workspace folders and publish diagnostics for the files
// that are not open, so the Problems panel shows the whole workspace. Cancellable between files. A file
// whose size and modification time are unchanged since the previous audit is not read again. With
// `report: true` the result carries the HTML compliance report for the client's webview.

import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { CancellationToken } from 'vscode-languageserver';
import { CommandIds, Notifications, Requests } from '../protocol';
import type { AuditParams, AuditProgress, AuditResult, FrameworkScore } from '../protocol';
import type { FileAnalysis } from '../service/analysis';
import { scanResultOf } from '../report/scan-result';
import { buildComplianceReport } from '../report/compliance';
import type { ComplianceReport } from '../report/compliance';
import { toHtml } from '../report/html';
import { frameworkName } from '../report/markdown';
import type { ServerState } from '../lsp/state';
import { diagnosticsOf, isVisible } from '../lsp/publish';
import { pathToUri } from '../lsp/uri';
import { listWorkspaceFiles } from '../service/workspace-files';
import { revealPlaceholder } from './revealPlaceholder';

export async function auditWorkspace(state: ServerState, params: AuditParams, token?: CancellationToken): Promise<AuditResult> {
  const folders = params.folders && params.folders.length > 0 ? params.folders : state.workspaceFolders;
  const openPaths = new Set(state.documents.all().map((d) => state.pathOf(d.uri)));
  const result: AuditResult = { files: 0, findings: 0, bySeverity: {}, read: 0 };
  const seen = new Set<string>();
  const items: { file: string; analysis: FileAnalysis }[] = [];
  const absolute = new Map<string, string>();
  // Files reported by an earlier audit that this one no longer finds (deleted, excluded) are cleared.
  const previous = new Set(state.auditedUris);
  state.auditedUris.clear();
  const work = folders.map((folder) => ({ folder, paths: listWorkspaceFiles(folder, params.exclude ?? []) }));
  const total = work.reduce((n, w) => n + w.paths.length, 0);
  let done = 0;
  for (const { folder, paths } of work) {
    for (const path of paths) {
      if (token?.isCancellationRequested) {
        // Keep what the cancelled audit did not get to re-check.
        for (const uri of previous) state.auditedUris.add(uri);
        return result;
      }
      if (seen.has(path)) continue;
      seen.add(path);
      // Let cancellation and edits in between files.
      if (++done % 20 === 0) {
        void state.connection.sendNotification(Notifications.auditProgress, { done, total } satisfies AuditProgress);
        await new Promise((r) => setImmediate(r));
      }
      const stamp = stampOf(path);
      if (stamp === undefined || state.auditStamps.get(path) !== stamp) {
        state.service.invalidate(path);
        result.read!++;
      }
      if (stamp !== undefined) state.auditStamps.set(path, stamp);
      const a = state.service.analyzeFile(path);
      if (!a.relevant) continue;
      result.files++;
      const file = relative(folder, path).split(sep).join('/') || path;
      items.push({ file, analysis: a });
      absolute.set(file, path);
      for (const f of a.findings) {
        // Count what the Problems panel shows under the current settings.
        if (!isVisible(state, f)) continue;
        result.findings++;
        result.bySeverity[f.level] = (result.bySeverity[f.level] ?? 0) + 1;
      }
      if (openPaths.has(path)) continue;
      const uri = pathToUri(path);
      state.auditedUris.add(uri);
      previous.delete(uri);
      void state.connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(state, a, true) });
    }
  }
  for (const uri of previous) {
    if (!state.documents.get(uri)) void state.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
  // The report counts what the Problems panel shows: rules turned off in the settings are left out.
  const excluded = new Set(state.settings.excludedRules);
  const rules = state.service.activeRules.filter((r) => !excluded.has(r.meta.id));
  const config = state.service.projectConfig;
  const report = buildComplianceReport(scanResultOf(items, rules), rules, config?.frameworks && config.frameworks.length > 0 ? config.frameworks : undefined);
  result.scores = scoresOf(report);
  if (params.report) {
    result.reportHtml = toHtml(report, {
      link: (file, line) => {
        const path = absolute.get(file);
        return path === undefined ? undefined : `command:${CommandIds.openLocation}?${encodeURIComponent(JSON.stringify([pathToUri(path), line]))}`;
      },
    });
  }
  return result;
}

function stampOf(path: string): string | undefined {
  try {
    const st = statSync(path);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return undefined;
  }
}

function scoresOf(report: ComplianceReport): FrameworkScore[] {
  return report.frameworks.map((f) => ({
    id: f.view ? `${f.key}:${f.view}` : f.key,
    name: frameworkName(f),
    passRate: f.passRate,
    pass: f.counts.pass,
    fail: f.counts.fail,
  }));
}

export function registerAuditWorkspace(state: ServerState): void {
  state.connection.onRequest(Requests.auditWorkspace, (params: AuditParams, token) => auditWorkspace(state, params ?? {}, token));
  state.connection.onExecuteCommand(async (params) => {
    if (params.command === CommandIds.revealPlaceholder) return revealPlaceholder(state, params.arguments ?? []);
    if (params.command !== CommandIds.auditWorkspace) return null;
    return auditWorkspace(state, (params.arguments?.[0] as AuditParams | undefined) ?? {});
  });
}
