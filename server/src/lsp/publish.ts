// SPDX-License-Identifier: Apache-2.0
// Computes and publishes a document's diagnostics, and schedules that work so a burst of edits is
// coalesced: each change only marks the document dirty; one validation per document runs once the
// incoming messages are drained (setImmediate), always on the newest text. Results computed for a
// version that is no longer current are dropped, never published.

import type { Diagnostic } from 'vscode-languageserver';
import type { FileAnalysis } from '../service/analysis';
import type { ServerState } from './state';
import { findingDiagnostic, meetsThreshold, suppressionDiagnostic, syntaxDiagnostic } from './to-lsp';

/** The diagnostics of an analysis under the current settings. */
export function diagnosticsOf(state: ServerState, a: FileAnalysis): Diagnostic[] {
  if (!state.settings.enable || !a.relevant) return [];
  const out: Diagnostic[] = a.syntax.map((d) => syntaxDiagnostic(a, d));
  for (const f of a.findings) {
    if (f.suppressedBy) continue;
    if (state.settings.excludedRules.includes(f.ruleId)) continue;
    if (!meetsThreshold(f.level, state.settings.severityThreshold)) continue;
    out.push(findingDiagnostic(a, f, state.rulesById.get(f.ruleId)));
  }
  for (const p of a.suppressionProblems) out.push(suppressionDiagnostic(a, p));
  return out;
}

const pending = new Map<string, NodeJS.Immediate>();

export function scheduleValidation(state: ServerState, uri: string): void {
  const existing = pending.get(uri);
  if (existing) clearImmediate(existing);
  pending.set(
    uri,
    setImmediate(() => {
      pending.delete(uri);
      validateNow(state, uri);
    }),
  );
}

export function validateNow(state: ServerState, uri: string): void {
  const doc = state.documents.get(uri);
  if (!doc) return;
  const version = doc.version;
  let diagnostics: Diagnostic[];
  try {
    const analysis = state.analysisFor(uri);
    if (!analysis) return;
    diagnostics = diagnosticsOf(state, analysis);
  } catch (e) {
    // Never let one bad document take the server down: say what happened, on the document.
    state.log(`analysis of ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    diagnostics = [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 2,
        source: 'iac-compliance',
        message: `iac-compliance could not analyze this file: ${e instanceof Error ? e.message : String(e)}`,
      },
    ];
  }
  if (state.documents.get(uri)?.version !== version) return;
  void state.connection.sendDiagnostics({ uri, version, diagnostics });
}

/** Re-validates every open document (settings changed, a sibling file changed on disk). */
export function revalidateAll(state: ServerState): void {
  state.analyses.clear();
  for (const doc of state.documents.all()) scheduleValidation(state, doc.uri);
}
