// SPDX-License-Identifier: Apache-2.0
// workspace/didChangeWatchedFiles: a file changed on disk (a sibling of an open Terraform file, say):
// forget the cached copy and re-validate the open documents. The project file (.iac-compliance.yaml, or
// the file `iacCompliance.configFile` names) and the custom rules (.iac-compliance/rules/*.yaml) are
// reloaded when they change.

import type { ServerState } from '../lsp/state';
import { revalidateAll } from '../lsp/publish';
import { configuredProjectFile, isProjectConfigPath, reloadProjectConfig } from '../lsp/project-config';
import { isRuleFileOf, reloadCustomRules } from '../lsp/custom-rules';

export function registerDidChangeWatchedFiles(state: ServerState): void {
  state.connection.onDidChangeWatchedFiles((params) => {
    let config = false;
    let rules = false;
    // The file iacCompliance.configFile names may have another name (and be created later).
    const configured = configuredProjectFile(state);
    for (const change of params.changes) {
      const path = state.pathOf(change.uri);
      state.service.invalidate(path);
      if (isProjectConfigPath(path) || path === configured) config = true;
      if (isRuleFileOf(state, path)) rules = true;
    }
    // The project file may name other rule folders; the rules come first (the project file names their ids).
    if (config || rules) reloadCustomRules(state);
    // The project file changed (created, edited, deleted): reload it; every result may change.
    if (config || rules) reloadProjectConfig(state);
    revalidateAll(state);
  });
}
