// SPDX-License-Identifier: Apache-2.0
// Computes and publishes a document's diagnostics, and schedules that work so a burst of edits is
// coalesced: each change only marks the document dirty; one validation per document runs once the
// incoming messages are drained (setImmediate), always on the newest text. Results computed for a
// version that is no longer current are dropped, never published.

import type { Diagnostic } from 'vscode-languageserver';
import type { AnalyzedFinding, FileAnalysis } from '../service/analysis';
import type { ServerState } from './state';
import { findingDiagnostic, meetsThreshold, noteDiagnostic, suppressionDiagnostic, syntaxDiagnostic } from './to-lsp';
import { isProjectConfigPath, openConfigDiagnostics } from './project-config';
import { collectWhenIdle } from './idle-gc';
import { projectFindingKey } from '../service/workspace-controls';

/** Whether the settings show this finding (hover, code actions and fix-all follow the same filter). */
export function isVisible(state: ServerState, f: AnalyzedFinding): boolean {
  return (
    state.settings.enable &&
    !f.suppressedBy &&
    !state.settings.excludedRules.includes(f.ruleId) &&
    meetsThreshold(f.level, state.settings.severityThreshold)
  );
}

/**
 * The diagnostics of an analysis under the current settings. Project-level "missing control" findings are
 * shown once per workspace: only those the latest audit kept (state.projectFindings), on their anchor.
 */
export function diagnosticsOf(state: ServerState, a: FileAnalysis): Diagnostic[] {
  if (!state.settings.enable || !a.relevant) return [];
  // Bounded: a file of junk must not become hundreds of thousands of diagnostics (megabytes of JSON per
  // keystroke); the first ones say where the trouble starts, and a note says how many were left out.
  const out: Diagnostic[] = a.syntax.slice(0, MAX_SYNTAX).map((d) => syntaxDiagnostic(a, d));
  if (a.syntax.length > MAX_SYNTAX) out.push(overflowDiagnostic(a.syntax.length - MAX_SYNTAX, 'syntax problems'));
  let shown = 0;
  let hidden = 0;
  for (const f of a.findings) {
    if (!isVisible(state, f)) continue;
    if (f.kind === 'missing' && !state.projectFindings.has(projectFindingKey(f.ruleId, a.path))) continue;
    if (shown >= MAX_FINDINGS) {
      hidden++;
      continue;
    }
    shown++;
    out.push(findingDiagnostic(a, f, state.rulesById.get(f.ruleId), state.settings.cannotVerifySeverity));
  }
  if (hidden > 0) out.push(overflowDiagnostic(hidden, 'findings (run the CLI scan for the full list)'));
  for (const p of a.suppressionProblems) out.push(suppressionDiagnostic(a, p));
  for (const n of a.notes) out.push(noteDiagnostic(a, n));
  return out;
}

const MAX_SYNTAX = 100;
const MAX_FINDINGS = 2000;

function overflowDiagnostic(count: number, what: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 3,
    source: 'iac-compliance',
    code: 'overflow',
    message: `${count} more ${what} not shown.`,
  };
}

const pending = new Map<string, NodeJS.Immediate>();

/**
 * Validates after the messages already received are handled. The JSON-RPC reader dispatches one message
 * per event-loop turn, so a single setImmediate would run before the next queued change; two hops put the
 * validation behind it, and that change's own scheduling cancels this one. The cost is microseconds.
 */
export function scheduleValidation(state: ServerState, uri: string): void {
  const existing = pending.get(uri);
  if (existing) clearImmediate(existing);
  pending.set(
    uri,
    setImmediate(() => {
      pending.set(
        uri,
        setImmediate(() => {
          pending.delete(uri);
          validateNow(state, uri);
        }),
      );
    }),
  );
}

export function validateNow(state: ServerState, uri: string): void {
  const doc = state.documents.get(uri);
  if (!doc) return;
  const version = doc.version;
  let diagnostics: Diagnostic[];
  if (uri === state.configUri || isProjectConfigPath(state.pathOf(uri))) {
    void state.connection.sendDiagnostics({ uri, version, diagnostics: openConfigDiagnostics(doc.getText(), state.pathOf(uri)) });
    return;
  }
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
  collectWhenIdle(() => pending.size > 0);
}

/**
 * Re-validates every open document (settings changed, a sibling file changed on disk), and re-publishes
 * what the workspace audit reported for unopened files under the current settings.
 */
export function revalidateAll(state: ServerState): void {
  state.analyses.clear();
  for (const doc of state.documents.all()) scheduleValidation(state, doc.uri);
  for (const uri of state.auditedUris) {
    if (state.documents.get(uri)) continue;
    try {
      const a = state.service.analyzeFile(state.pathOf(uri));
      void state.connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(state, a) });
    } catch (e) {
      state.log(`re-publishing ${uri} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
