// SPDX-License-Identifier: Apache-2.0
// textDocument/codeAction: for each of our diagnostics, its quick fixes (from the finding, found again by
// the rule id and offsets in `diagnostic.data`, never by message) and an action that inserts a suppression
// comment for the user to justify; and `source.fixAll.iacCompliance`, which applies safe fixes only.

import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, Diagnostic, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { CommandIds, DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from '../protocol';
import type { FixOp } from '../engine/rule-api';
import type { FixValue } from '../model/edit-target';
import type { DiagnosticData } from '../protocol';
import { REASON_PLACEHOLDER } from '../engine/suppressions';
import type { ModelResource } from '../model/resource';
import type { ServerState } from '../lsp/state';
import type { AnalyzedFinding, FileAnalysis } from '../service/analysis';
import { fixAll, minimalEdit } from '../service/fix-all';
import type { TextEdit } from '../fixes/text-edit';
import { pathToUri } from '../lsp/uri';
import { isVisible } from '../lsp/publish';
import { eolOf, withEol } from '../fixes/eol';

function lspEdits(state: ServerState, path: string, edits: TextEdit[], current: FileAnalysis): LspTextEdit[] {
  // Offsets are in the text the fix was computed on: the open document, or the file on disk.
  const lines = path === current.path ? current.lines : state.service.analyzeFile(path).lines;
  return edits.map((e) => ({ range: { start: lines.lspPosition(e.start), end: lines.lspPosition(e.end) }, newText: e.newText }));
}

function findingFor(a: FileAnalysis, d: Diagnostic): AnalyzedFinding | undefined {
  const data = d.data as DiagnosticData | undefined;
  if (!data || typeof data.ruleId !== 'string') return undefined;
  return (
    a.findings.find((f) => f.ruleId === data.ruleId && f.ref.span.start === data.start && f.ref.span.end === data.end) ??
    // The document changed since the diagnostic was computed: match on the rule and the range.
    a.findings.find((f) => {
      const s = a.lines.lspPosition(f.ref.span.start);
      return f.ruleId === data.ruleId && s.line === d.range.start.line && s.character === d.range.start.character;
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
      return [{ title: 'Fix all safe IaC compliance findings', kind: FIX_ALL_KIND, edit: { changes: { [uri]: lspEdits(state, a.path, [e], a) } } }];
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
        for (const [path, list] of edits) changes[path === a.path ? uri : pathToUri(path)] = lspEdits(state, path, list, a);
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

/**
 * Inserts `# iac-compliance:ignore RULE-ID <justification>` above the resource (the top-level block the
 * finding is written in) and selects the placeholder
 * (iacCompliance.revealPlaceholder). Until a reason replaces it, it does not suppress: a warning on the
 * comment asks for one, and the finding goes once a reason is typed.
 */
function suppressionAction(a: FileAnalysis, f: AnalyzedFinding, d: Diagnostic, uri: string): CodeAction | null {
  if (a.kind === 'terraform-json') return null;
  const resource = a.resources.find((r) => r.address === f.resource && r.platform === f.platform);
  // JSON has no comments: CloudFormation JSON exceptions go in the resource's Metadata.
  if (a.kind === 'json') return jsonSuppressionAction(a, f, d, uri, resource);
  // Above the block the finding is written in (a bucket's finding inside its public access block goes
  // above that block, where the user invoked it); the suppression engine reads it there too.
  const anchor = a.enclosingBlock(f.ref.span.start)?.header ?? (resource && resource.ref.file === a.path ? resource.ref.span.start : f.ref.span.start);
  const line = a.lines.lineOf(anchor);
  const lineStart = a.lines.lineStart(line);
  const indent = /^[ \t]*/.exec(a.text.slice(lineStart, anchor))![0];
  return {
    title: `Suppress ${f.ruleId} for ${f.resource} (type a justification)`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: {
      changes: {
        [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: withEol(`${indent}# iac-compliance:ignore ${f.ruleId} ${REASON_PLACEHOLDER}\n`, eolOf(a.text)) }],
      },
    },
    command: { title: 'Select the justification to type', command: CommandIds.revealPlaceholder, arguments: [uri, REASON_PLACEHOLDER] },
  };
}

/**
 * CloudFormation JSON: adds `"Metadata": { "iac-compliance": { "ignore": [ { "id", "reason":
 * "<justification>" } ] } }` as the resource's first key and selects the placeholder. Not offered when the
 * resource already has Metadata (one more entry there is for the user to place).
 */
function jsonSuppressionAction(a: FileAnalysis, f: AnalyzedFinding, d: Diagnostic, uri: string, resource: ModelResource | undefined): CodeAction | null {
  const target = resource?.target;
  if (!target || target.platform !== 'cloudformation' || target.kind !== 'resource' || target.file !== a.path) return null;
  const node = target.resource.node;
  if (target.resource.metadata || node.entries.length === 0) return null;
  const first = node.entries[0]!;
  const line = a.lines.lineOf(first.start);
  const lineStart = a.lines.lineStart(line);
  const before = a.text.slice(lineStart, first.start);
  // On its own line: keep the entries' indentation; inline (`{ "Type": ... }`): one space.
  const separator = /^[ \t]*$/.test(before) ? `${eolOf(a.text)}${before}` : ' ';
  const entry = `"Metadata": { "iac-compliance": { "ignore": [ { "id": ${JSON.stringify(f.ruleId)}, "reason": ${JSON.stringify(REASON_PLACEHOLDER)} } ] } },${separator}`;
  const at = a.lines.lspPosition(first.start);
  return {
    title: `Suppress ${f.ruleId} for ${f.resource} in its Metadata (type a justification)`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText: entry }] } },
    command: { title: 'Select the justification to type', command: CommandIds.revealPlaceholder, arguments: [uri, REASON_PLACEHOLDER] },
  };
}

/** The name of the first placeholder value a fix writes, if any. */
function placeholderOf(ops: readonly FixOp[]): string | undefined {
  const find = (v: FixValue): string | undefined => {
    switch (v.kind) {
      case 'placeholder':
        return v.name;
      case 'list':
        return v.items.map(find).find((x) => x !== undefined);
      case 'object':
        return v.entries.map(([, x]) => find(x)).find((x) => x !== undefined);
      case 'jsonencode':
        return find(v.value);
      default:
        return undefined;
    }
  };
  for (const op of ops) {
    const values = op.op === 'set' ? [op.value] : op.values.map(([, v]) => v);
    for (const v of values) {
      const name = find(v);
      if (name) return name;
    }
  }
  return undefined;
}
