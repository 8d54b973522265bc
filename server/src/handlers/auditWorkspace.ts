// SPDX-License-Identifier: Apache-2.0
// iacCompliance/auditWorkspace (custom request) and the iacCompliance.auditWorkspace command: analyze
// every Terraform and CloudFormation file of the workspace folders and publish diagnostics for the files
// that are not open, so the Problems panel shows the whole workspace. Cancellable between files.

import type { CancellationToken } from 'vscode-languageserver';
import { CommandIds, Requests } from '../protocol';
import type { AuditParams, AuditResult } from '../protocol';
import type { ServerState } from '../lsp/state';
import { diagnosticsOf, isVisible } from '../lsp/publish';
import { pathToUri } from '../lsp/uri';
import { listWorkspaceFiles } from '../service/workspace-files';
import { revealPlaceholder } from './revealPlaceholder';

export async function auditWorkspace(state: ServerState, params: AuditParams, token?: CancellationToken): Promise<AuditResult> {
  const folders = params.folders && params.folders.length > 0 ? params.folders : state.workspaceFolders;
  const openPaths = new Set(state.documents.all().map((d) => state.pathOf(d.uri)));
  const result: AuditResult = { files: 0, findings: 0, bySeverity: {} };
  const seen = new Set<string>();
  // Files reported by an earlier audit that this one no longer finds (deleted, excluded) are cleared.
  const previous = new Set(state.auditedUris);
  state.auditedUris.clear();
  for (const folder of folders) {
    for (const path of listWorkspaceFiles(folder, params.exclude ?? [])) {
      if (token?.isCancellationRequested) {
        // Keep what the cancelled audit did not get to re-check.
        for (const uri of previous) state.auditedUris.add(uri);
        return result;
      }
      if (seen.has(path)) continue;
      seen.add(path);
      // Let cancellation and edits in between files.
      if (seen.size % 20 === 0) await new Promise((r) => setImmediate(r));
      state.service.invalidate(path);
      const a = state.service.analyzeFile(path);
      if (!a.relevant) continue;
      result.files++;
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
  return result;
}

export function registerAuditWorkspace(state: ServerState): void {
  state.connection.onRequest(Requests.auditWorkspace, (params: AuditParams, token) => auditWorkspace(state, params ?? {}, token));
  state.connection.onExecuteCommand(async (params) => {
    if (params.command === CommandIds.revealPlaceholder) return revealPlaceholder(state, params.arguments ?? []);
    if (params.command !== CommandIds.auditWorkspace) return null;
    return auditWorkspace(state, (params.arguments?.[0] as AuditParams | undefined) ?? {});
  });
}
