// SPDX-License-Identifier: Apache-2.0
// workspace/didChangeWatchedFiles: a file changed on disk (a sibling of an open Terraform file, say):
// forget the cached copy and re-validate the open documents.

import type { ServerState } from '../lsp/state';
import { revalidateAll } from '../lsp/publish';

export function registerDidChangeWatchedFiles(state: ServerState): void {
  state.connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) state.service.invalidate(state.pathOf(change.uri));
    revalidateAll(state);
  });
}
