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
import { isRuleFileOf, openRuleFileDiagnostics } from './custom-rules';
import { collectWhenIdle } from './idle-gc';
import { projectFindingKey } from '../service/workspace-controls';
import { calmEntries, groupAt, newCalmDoc, resourceSpans } from './calm';
import { revalidateModuleSiblings } from './siblings';
import type { CalmDoc, Entry } from './calm';
import { DiagnosticMemo, PUBLISH_CACHE } from './diagnostic-memo';

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
  return entriesOf(state, a).map((e) => e.diagnostic);
}

/**
 * diagnosticsOf, with the offsets, identity and resource of each diagnostic (for calm.ts). With a memo (an
 * open document's), the entries of the previous publish that nothing changed are reused as they are.
 */
export function entriesOf(state: ServerState, a: FileAnalysis, memo?: DiagnosticMemo): Entry[] {
  if (!state.settings.enable || !a.relevant) return [];
  const spans = resourceSpans(a);
  const lines = a.lines;
  memo?.begin();
  // Bounded: a file of junk must not become hundreds of thousands of diagnostics (megabytes of JSON per
  // keystroke); the first ones say where the trouble starts, and a note says how many were left out.
  const out: Entry[] = [];
  for (const d of a.syntax.slice(0, MAX_SYNTAX)) {
    const end = Math.max(d.start, d.end);
    out.push({ diagnostic: syntaxDiagnostic(a, d), start: d.start, end, key: `syntax|${d.message}`, group: groupAt(spans, d.start), syntax: true });
  }
  if (a.syntax.length > MAX_SYNTAX) out.push({ diagnostic: overflowDiagnostic(a.syntax.length - MAX_SYNTAX, 'syntax problems'), start: 0, end: 0, key: 'overflow|syntax', group: null, syntax: false });
  let shown = 0;
  let hidden = 0;
  const unverifiable = state.settings.cannotVerifySeverity;
  for (const f of a.findings) {
    if (!isVisible(state, f)) continue;
    if (f.kind === 'missing' && !state.projectFindings.has(projectFindingKey(f.ruleId, a.path))) continue;
    if (shown >= MAX_FINDINGS) {
      hidden++;
      continue;
    }
    shown++;
    const rule = state.rulesById.get(f.ruleId);
    const { start, end } = f.ref.span;
    // Outside every resource (a module call's finding): its own resource names it, so calm can keep it.
    const group = groupAt(spans, start) ?? f.resource;
    const key = `${f.ruleId}|${f.resource}|${f.kind}`;
    const build = (): Diagnostic => findingDiagnostic(a, f, rule, unverifiable);
    // Related information points into other files, which the memo does not follow: built each time.
    if (!memo?.wanted || (f.via && f.via.length > 0)) out.push({ diagnostic: build(), start, end, key, group, syntax: false });
    else out.push(memo.entry(lines, f, key, start, end, group, false, f.message, f.kind === 'unverifiable' ? unverifiable : f.level, rule, build));
  }
  if (hidden > 0) out.push({ diagnostic: overflowDiagnostic(hidden, 'findings (run the CLI scan for the full list)'), start: 0, end: 0, key: 'overflow|findings', group: null, syntax: false });
  for (const p of a.suppressionProblems) out.push({ diagnostic: suppressionDiagnostic(a, p), start: p.start, end: p.end, key: `suppression|${p.message}`, group: groupAt(spans, p.start), syntax: false });
  for (const n of a.notes) out.push({ diagnostic: noteDiagnostic(a, n), start: n.ref.span.start, end: n.ref.span.end, key: `evaluation|${n.message}`, group: groupAt(spans, n.ref.span.start), syntax: false });
  memo?.finish();
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
    void state.connection.sendDiagnostics({ uri, version, diagnostics: openConfigDiagnostics(doc.getText(), state.pathOf(uri), state.customRules) });
    return;
  }
  if (state.customRuleUris.has(uri) || isRuleFileOf(state, state.pathOf(uri))) {
    void state.connection.sendDiagnostics({ uri, version, diagnostics: openRuleFileDiagnostics(state, doc.getText(), state.pathOf(uri)) });
    return;
  }
  try {
    const analysis = state.analysisFor(uri);
    if (!analysis) return;
    diagnostics = calmDiagnostics(state, uri, analysis);
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
  // The idle collection waits for the publish to be written out: a 100 KiB publish does not fit a pipe's
  // buffer, and a collection started while the rest waits in the server's queue delays the editor by
  // its length (2-4 ms, a tenth of the keystrokes of the 2,000-line benchmark).
  state.connection.sendDiagnostics({ uri, version, diagnostics }).then(
    () => collectWhenIdle(() => pending.size > 0),
    () => undefined,
  );
  if (siblingsDue.has(uri) && !calmDocs.get(uri)?.holding) {
    siblingsDue.delete(uri);
    revalidateModuleSiblings(state, uri, state.pathOf(uri));
  }
}

// --- calm while typing (see calm.ts) ---------------------------------------------------------------------

const calmDocs = new Map<string, CalmDoc>();
/** Per open document: what its next publish may reuse (diagnostic-memo.ts). */
const memos = new Map<string, DiagnosticMemo>();
const pauseTimers = new Map<string, NodeJS.Timeout>();

/**
 * The diagnostics to publish for an open document: its plain analysis, or, while the user types, what
 * calm.ts keeps from flickering. Records what is published for the next edit.
 */
function calmDiagnostics(state: ServerState, uri: string, analysis: FileAnalysis): Diagnostic[] {
  let memo = memos.get(uri);
  if (!memo && PUBLISH_CACHE) memos.set(uri, (memo = new DiagnosticMemo()));
  const current = entriesOf(state, analysis, memo);
  const edits = state.edits.get(uri);
  state.edits.delete(uri);
  let doc = calmDocs.get(uri);
  if (!doc) {
    doc = newCalmDoc(analysis.text);
    calmDocs.set(uri, doc);
  }
  if (!doc.typing || state.settings.typingDelay <= 0) {
    doc.text = analysis.text;
    doc.shown = current;
    doc.holding = false;
    return current.map((e) => e.diagnostic);
  }
  return calmEntries(doc, analysis, current, edits).map((e) => e.diagnostic);
}

/**
 * An edit of an open document: it is being typed until `typingDelay` ms pass without another edit. The
 * pause re-publishes the plain analysis when the last publish held something back (a waiting syntax
 * error, a resource kept as it was).
 */
export function noteTyping(state: ServerState, uri: string): void {
  const delay = state.settings.typingDelay;
  const existing = pauseTimers.get(uri);
  if (existing) clearTimeout(existing);
  pauseTimers.delete(uri);
  const doc = calmDocs.get(uri);
  if (!doc || delay <= 0) return;
  doc.typing = true;
  const timer = setTimeout(() => {
    pauseTimers.delete(uri);
    doc.typing = false;
    if (doc.holding && state.documents.get(uri)) scheduleValidation(state, uri);
  }, delay);
  // The timer must not keep a server whose client went away alive.
  timer.unref();
  pauseTimers.set(uri, timer);
}

/** Documents whose module's other open files are to be re-validated once their own publish settles. */
const siblingsDue = new Set<string>();

/**
 * After an edit, the other open files of the document's Terraform module are re-validated: at once when
 * calm is off, else after the document's next publish that holds nothing back (a half-typed block in
 * a.tf would otherwise make the bucket in b.tf lose and regain its public access block at each
 * keystroke); the pause publishes the document's plain analysis, so they wait at most until then.
 */
export function revalidateSiblingsWhenSettled(state: ServerState, uri: string): void {
  if (state.settings.typingDelay <= 0 || !calmDocs.has(uri)) {
    revalidateModuleSiblings(state, uri, state.pathOf(uri));
    return;
  }
  siblingsDue.add(uri);
}

/** A closed document: nothing of it is kept. */
export function forgetDocument(state: ServerState, uri: string): void {
  const timer = pauseTimers.get(uri);
  if (timer) clearTimeout(timer);
  pauseTimers.delete(uri);
  calmDocs.delete(uri);
  memos.delete(uri);
  siblingsDue.delete(uri);
  state.edits.delete(uri);
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
