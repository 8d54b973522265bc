// SPDX-License-Identifier: Apache-2.0
// The project file (`.iac-compliance.yaml`) in the language server: loaded from the first workspace folder
// at start and whenever it changes on disk, applied to the analysis, and its problems published as
// diagnostics on the file itself. While the file is open, its problems follow the unsaved text; the
// settings take effect when it is saved. As in the CLI, a project file in a folder above the workspace is
// not applied unless named (`iacCompliance.configFile`, the editor's `--config`); the log says which file
// is in force (or which one above is not).

import { existsSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { ALL_RULES } from '../../../rules';
import { PROJECT_CONFIG_NAME, findProjectConfig, loadProjectConfig, parseProjectConfig, projectConfigAbove } from '../service/project-config';
import type { ConfigProblem } from '../service/project-config';
import { LineIndex } from '../core/positions';
import { orgFrameworkKeys } from '../engine/frameworks';
import type { Rule } from '../engine/rule-api';
import { DIAGNOSTIC_SOURCE } from '../protocol';
import type { ServerState } from './state';
import { pathToUri } from './uri';

export function isProjectConfigPath(path: string): boolean {
  return basename(path) === PROJECT_CONFIG_NAME;
}

export function configDiagnostics(text: string, problems: readonly ConfigProblem[]): Diagnostic[] {
  const lines = new LineIndex(text);
  return problems.map((p) => ({
    range: { start: lines.lspPosition(Math.min(p.start, text.length)), end: lines.lspPosition(Math.min(Math.max(p.end, p.start), text.length)) },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: 'config',
    message: p.message,
  }));
}

/** The diagnostics of an open project file's current text (custom rule ids and frameworks are known). */
export function openConfigDiagnostics(text: string, path: string, customRules: readonly Rule[] = []): Diagnostic[] {
  const rules = [...ALL_RULES, ...customRules];
  return configDiagnostics(text, parseProjectConfig(text, path, new Set(rules.map((r) => r.meta.id)), new Set(orgFrameworkKeys(rules))).problems);
}

/** The project file `iacCompliance.configFile` names (absolute, or relative to the first workspace folder). */
export function configuredProjectFile(state: ServerState): string | undefined {
  const setting = state.settings.configFile;
  if (!setting) return undefined;
  const folder = state.workspaceFolders[0];
  return isAbsolute(setting) || !folder ? resolve(setting) : resolve(folder, setting);
}

/** Reloads the project file when `iacCompliance.configFile` changed since it was last loaded. */
export function syncProjectConfig(state: ServerState): void {
  if (state.projectFileSetting !== state.settings.configFile) reloadProjectConfig(state);
}

/** (Re)loads the project file from disk, applies it and publishes its problems. */
export function reloadProjectConfig(state: ServerState): void {
  const folder = state.workspaceFolders[0];
  state.projectFileSetting = state.settings.configFile;
  // `iacCompliance.configFile` names the file explicitly (one above the workspace folder, say), as the
  // CLI's --config does; otherwise only the workspace folder's own file applies.
  const configured = configuredProjectFile(state);
  const missing = configured !== undefined && !existsSync(configured);
  const candidate = configured ?? (folder ? findProjectConfig(folder) : undefined);
  // An untrusted workspace gets the built-in rules only: its project file could hide findings
  // (exceptions, excluded rules and paths, lowered severities) from a user who has not looked at it.
  const file = state.trusted && !missing ? candidate : undefined;
  const loaded = file ? loadProjectConfig(file, [...ALL_RULES, ...state.customRules]) : undefined;
  state.service.setProjectConfig(loaded?.config);
  const above = !file && !configured && folder ? projectConfigAbove(folder) : undefined;
  const held = !state.trusted && !missing ? candidate : undefined;
  const said = missing
    ? `Project file: ${configured} (setting iacCompliance.configFile) does not exist: no project file is applied`
    : file
      ? `Project file: ${file}${configured ? ' (setting iacCompliance.configFile)' : ''}`
      : held
        ? `Project file: ${held} is not applied: the workspace is not trusted (built-in rules only)`
        : above
          ? `Project file: none in ${folder}; ${above} is above the workspace folder and is not applied (setting iacCompliance.configFile applies it)`
          : 'Project file: none';
  if (said !== state.projectFileNote) {
    state.projectFileNote = said;
    state.log(said);
    // A file the user named and that is not there is a mistake to show, not only to log.
    if (missing && state.trusted) void state.connection.window.showWarningMessage(`IaC Compliance: ${said.slice('Project file: '.length)}.`);
  }
  const uri = file ? pathToUri(file) : undefined;
  if (state.configUri && state.configUri !== uri) void state.connection.sendDiagnostics({ uri: state.configUri, diagnostics: [] });
  state.configUri = uri;
  if (!uri || !loaded) return;
  let text = '';
  try {
    text = state.service.readText(file!) ?? '';
  } catch {
    text = '';
  }
  // An open copy reports on its own (unsaved) text.
  if (!state.documents.get(uri)) void state.connection.sendDiagnostics({ uri, diagnostics: configDiagnostics(text, loaded.problems) });
  if (loaded.problems.length > 0) state.log(`${file}: ${loaded.problems.length} problem(s); the valid settings are applied`);
}
