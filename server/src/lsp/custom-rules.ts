// SPDX-License-Identifier: Apache-2.0
// Custom rules in the language server: loaded from the first workspace folder at start, again whenever a
// rule file (or the project file, which may name other folders) changes on disk, and when trust is
// granted. In an untrusted workspace they are not loaded: a workspace could otherwise add rules the
// user never looked at (only built-in rules apply, as for the project file). Problems are published on
// each rule file; an open rule file reports the problems of its unsaved text, and takes effect when saved.

import { dirname, resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { ALL_RULES } from '../../../rules';
import { findProjectConfig } from '../service/project-config';
import { countRuleFiles, customRulesFromTexts, isCustomRulePath, workspaceCustomRules } from '../service/custom-rules/load';
import type { RuleFileProblem } from '../service/custom-rules/schema';
import { testCustomRule } from '../service/custom-rules/examples';
import type { ExampleResult } from '../service/custom-rules/examples';
import { LineIndex } from '../core/positions';
import { DIAGNOSTIC_SOURCE } from '../protocol';
import type { ServerState } from './state';
import { pathToUri } from './uri';

/** Whether a path is a custom rule file of this workspace (the default folder or one the project file names). */
export function isRuleFileOf(state: ServerState, path: string): boolean {
  if (!/\.ya?ml$/i.test(path)) return false;
  return isCustomRulePath(path) || state.customRuleDirs.includes(resolve(dirname(path)));
}

export function ruleFileDiagnostics(text: string, problems: readonly RuleFileProblem[]): Diagnostic[] {
  const lines = new LineIndex(text);
  return problems.map((p) => ({
    range: { start: lines.lspPosition(Math.min(p.start, text.length)), end: lines.lspPosition(Math.min(Math.max(p.end, p.start), text.length)) },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: 'custom-rule',
    message: p.message,
  }));
}

/**
 * An example of a rule file that does not hold (`rules test` in the editor): a warning on the example.
 * Only examples are judged here; a rule without examples is `rules test`'s to report.
 */
function exampleDiagnostics(text: string, results: readonly ExampleResult[]): Diagnostic[] {
  const lines = new LineIndex(text);
  return results
    .filter((r) => !r.ok && r.start !== undefined)
    .map((r) => ({
      range: { start: lines.lspPosition(Math.min(r.start!, text.length)), end: lines.lspPosition(Math.min(r.end ?? r.start!, text.length)) },
      severity: DiagnosticSeverity.Warning,
      source: DIAGNOSTIC_SOURCE,
      code: 'custom-rule-example',
      message: `${r.expect === 'fix' ? 'The fix' : `This ${r.expect} example`} does not hold: ${r.message}`,
    }));
}

/**
 * The diagnostics of an open rule file's current text (ids checked against the other rules in force),
 * with its examples as judged when it was last loaded from disk.
 */
export function openRuleFileDiagnostics(state: ServerState, text: string, path: string): Diagnostic[] {
  if (!state.trusted) return [];
  const others = new Map(state.customRules.filter((r) => r.meta.source && r.meta.source.file !== path).map((r) => [r.meta.id, r.meta.source!.file]));
  const { files } = customRulesFromTexts([{ file: path, text }], new Set(ALL_RULES.map((r) => r.meta.id)), others);
  const saved = state.customRuleExamples.get(pathToUri(path)) ?? [];
  // Example ranges belong to the saved text: shown while the open text is that text.
  const examples = saved.length > 0 && text === (state.service.readText(path) ?? '') ? saved : [];
  return [...ruleFileDiagnostics(text, files[0]?.problems ?? []), ...examples];
}

/** (Re)loads the custom rules from disk, applies them with the built-in ones and publishes their problems. */
export function reloadCustomRules(state: ServerState): void {
  const folder = state.workspaceFolders[0];
  const previous = state.customRuleUris;
  state.customRuleUris = new Set();
  state.customRuleExamples.clear();
  let said: string;
  if (!folder) {
    state.customRules = [];
    state.customRuleDirs = [];
    said = 'Custom rules: none (no workspace folder)';
  } else if (!state.trusted) {
    state.customRules = [];
    state.customRuleDirs = [];
    // Counted, not read: nothing of an untrusted workspace's rules is parsed.
    const held = countRuleFiles(folder);
    said = held > 0 ? `Custom rules: ${held} rule file(s) not loaded: the workspace is not trusted (built-in rules only)` : 'Custom rules: none';
  } else {
    const set = workspaceCustomRules(folder, findProjectConfig(folder), new Set(ALL_RULES.map((r) => r.meta.id)));
    state.customRules = set.rules;
    state.customRuleDirs = set.dirs.map((d) => resolve(d));
    for (const f of set.files) {
      const uri = pathToUri(f.file);
      state.customRuleUris.add(uri);
      const text = state.service.readText(f.file) ?? '';
      const rule = f.spec ? set.rules.find((r) => r.meta.id === f.spec!.id) : undefined;
      const examples = f.spec && rule ? exampleDiagnostics(text, testCustomRule(f.spec, rule, text)) : [];
      state.customRuleExamples.set(uri, examples);
      // An open copy reports on its own (unsaved) text; its examples are judged as saved.
      if (!state.documents.get(uri)) void state.connection.sendDiagnostics({ uri, diagnostics: [...ruleFileDiagnostics(text, f.problems), ...examples] });
    }
    for (const d of set.dirProblems) state.log(`Custom rules: ${d.message}`);
    const bad = set.files.filter((f) => !f.spec).length;
    said = set.files.length === 0 ? 'Custom rules: none' : `Custom rules: ${set.rules.length} from ${set.dirs.join(', ')}${bad > 0 ? `; ${bad} rule file(s) with problems are not applied` : ''}`;
  }
  for (const uri of previous) if (!state.customRuleUris.has(uri) && !state.documents.get(uri)) void state.connection.sendDiagnostics({ uri, diagnostics: [] });
  state.rulesById.clear();
  for (const r of [...ALL_RULES, ...state.customRules]) state.rulesById.set(r.meta.id, r);
  state.service.setRules([...ALL_RULES, ...state.customRules]);
  if (said !== state.customRulesNote) {
    state.customRulesNote = said;
    state.log(said);
  }
}
