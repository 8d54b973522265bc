// SPDX-License-Identifier: Apache-2.0
// textDocument/codeAction: for each of our diagnostics, its quick fixes (from the finding, found again by
// the rule id and offsets in `diagnostic.data`, never by message) and an action that inserts a suppression
// for the user to justify (the edits are built in fixes/; this file only converts them to LSP); and `source.fixAll.iacCompliance`, which applies safe fixes only.

import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, Diagnostic, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { CommandIds, DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from '../protocol';
import type { DiagnosticData } from '../protocol';
import type { ServerState } from '../lsp/state';
import type { AnalyzedFinding, FileAnalysis } from '../service/analysis';
import { fixAll, minimalEdit } from '../service/fix-all';
import type { TextEdit } from '../fixes/text-edit';
import { pathToUri } from '../lsp/uri';
import { isVisible } from '../lsp/publish';
import { suppressionEdit } from '../fixes/suppression-edits';
import { placeholderOf } from '../fixes/placeholder';

function lspEdits(current: FileAnalysis, edits: TextEdit[], state?: ServerState, path = current.path): LspTextEdit[] {
  // Offsets are in the text the fix was computed on: the open document, or the file on disk.
  const lines = path === current.path || !state ? current.lines : state.service.analyzeFile(path).lines;
  return edits.map((e) => ({ range: { start: lines.lspPosition(e.start), end: lines.lspPosition(e.end) }, newText: e.newText }));
}

function findingFor(a: FileAnalysis, d: Diagnostic): AnalyzedFinding | undefined {
  // The rule id is the diagnostic's code; its range, as offsets in the current text, is the finding's span
  // (`data` says it is a finding, and has no fixes: they are found here).
  const data = d.data as Partial<DiagnosticData> | undefined;
  const ruleId = d.code;
  if (!data || typeof data !== 'object' || typeof ruleId !== 'string') return undefined;
  const start = a.lines.offsetAt(d.range.start);
  const end = a.lines.offsetAt(d.range.end);
  return (
    a.findings.find((f) => f.ruleId === ruleId && f.ref.span.start === start && f.ref.span.end === end) ??
    // The document changed since the diagnostic was computed: match on the rule and the range.
    a.findings.find((f) => {
      const s = a.lines.lspPosition(f.ref.span.start);
      return f.ruleId === ruleId && s.line === d.range.start.line && s.character === d.range.start.character;
    })
  );
}

export function registerCodeAction(state: ServerState): void {
  state.connection.onCodeAction((params): CodeAction[] => {
    const uri = params.textDocument.uri;
    const a = state.analysisFor(uri);
    if (!a || !a.relevant) return [];
    const only = params.context.only;
    const wantsFixAll = !!only && only.some((k) => FIX_ALL_KIND.startsWith(k) && k !== '' && (k === FIX_ALL_KIND || k === CodeActionKind.SourceFixAll || k === CodeActionKind.Source));
    if (wantsFixAll) {
      if (!state.settings.enable) return [];
      const { text, applied } = fixAll(state.service, a.path, a.text, { safeOnly: true, filter: (f) => isVisible(state, f) });
      const e = minimalEdit(a.text, text);
      if (!e || applied === 0) return [];
      return [{ title: 'Fix all safe IaC compliance findings', kind: FIX_ALL_KIND, edit: { changes: { [uri]: lspEdits(a, [e]) } } }];
    }
    if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix))) return [];
    const actions: CodeAction[] = [];
    // Three instances of a resource (count, for_each) or one rule reported at three places share one fix:
    // one lightbulb entry per distinct edit, listing every diagnostic it resolves.
    const byEdit = new Map<string, CodeAction>();
    const add = (action: CodeAction): void => {
      const key = `${action.title}\u0000${JSON.stringify(action.edit)}`;
      const same = byEdit.get(key);
      if (same) {
        same.diagnostics = [...(same.diagnostics ?? []), ...(action.diagnostics ?? [])];
        return;
      }
      byEdit.set(key, action);
      actions.push(action);
    };
    for (const d of params.context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const f = findingFor(a, d);
      if (!f || !isVisible(state, f)) continue;
      for (const fix of f.fixes) {
        const edits = state.service.fixEdits(f, fix.id);
        if (edits.size === 0) continue;
        const changes: WorkspaceEdit['changes'] = {};
        for (const [path, list] of edits) changes[path === a.path ? uri : pathToUri(path)] = lspEdits(a, list, state, path);
        const action: CodeAction = {
          title: fix.safety === 'safe' ? fix.title : `${fix.title} (review: changes behaviour)`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: fix.safety === 'safe',
          edit: { changes },
        };
        // A value only the user knows was left as a placeholder: select it once the edit is applied.
        const placeholder = placeholderOf(fix.ops);
        if (placeholder && state.showDocumentCapability) {
          action.command = { title: 'Select the value to fill in', command: CommandIds.revealPlaceholder, arguments: [uri, placeholder] };
        }
        add(action);
      }
      const suppression = suppressionAction(a, f, d, uri);
      if (suppression) add(suppression);
    }
    return actions;
  });
}

/** The suppression edit (built in fixes/suppression-edits.ts) as a code action that selects its placeholder. */
function suppressionAction(a: FileAnalysis, f: AnalyzedFinding, d: Diagnostic, uri: string): CodeAction | null {
  const s = suppressionEdit(a, f);
  if (!s) return null;
  return {
    title: s.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: { changes: { [uri]: lspEdits(a, [s.edit]) } },
    command: { title: 'Select the justification to type', command: CommandIds.revealPlaceholder, arguments: [uri, s.placeholder] },
  };
}
