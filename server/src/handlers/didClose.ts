// SPDX-License-Identifier: Apache-2.0
// textDocument/didClose: the file is read from disk again; its diagnostics are cleared (the workspace
// audit, not the editor, reports on files that are not open).

import type { ServerState } from '../lsp/state';
import { revalidateModuleSiblings } from '../lsp/siblings';
import { forgetDocument } from '../lsp/publish';

export function registerDidClose(state: ServerState): void {
  state.documents.onDidClose((e) => {
    const path = state.pathOf(e.document.uri);
    state.service.removeOverlay(path);
    state.service.invalidate(path);
    state.analyses.delete(e.document.uri);
    forgetDocument(state, e.document.uri);
    void state.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    // The closed file now counts as its disk text (or not at all, if never saved) for its module.
    revalidateModuleSiblings(state, e.document.uri, path);
  });
}
