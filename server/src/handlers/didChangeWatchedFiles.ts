// SPDX-License-Identifier: Apache-2.0
// workspace/didChangeWatchedFiles: a file changed on disk (a sibling of an open Terraform file, say):
// forget the cached copy and re-validate the open documents. The project file (.iac-compliance.yaml) is
// reloaded when it changes, and so is the file `iacCompliance.configFile` names.

import type { ServerState } from '../lsp/state';
import { revalidateAll } from '../lsp/publish';
import { configuredProjectFile, isProjectConfigPath, reloadProjectConfig } from '../lsp/project-config';

export function registerDidChangeWatchedFiles(state: ServerState): void {
  state.connection.onDidChangeWatchedFiles((params) => {
    let config = false;
    // The file iacCompliance.configFile names may have another name (and be created later).
    const configured = configuredProjectFile(state);
    for (const change of params.changes) {
      const path = state.pathOf(change.uri);
      state.service.invalidate(path);
      if (isProjectConfigPath(path) || path === configured) config = true;
    }
    // The project file changed (created, edited, deleted): reload it; every result may change.
    if (config) reloadProjectConfig(state);
    revalidateAll(state);
  });
}
