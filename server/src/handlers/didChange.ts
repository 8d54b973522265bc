// SPDX-License-Identifier: Apache-2.0
// textDocument/didChange: the document and, for Terraform, the other open files of its directory (they
// share one module) are re-validated, coalesced by the scheduler.

import type { ServerState } from '../lsp/state';
import { noteTyping, scheduleValidation } from '../lsp/publish';
import { revalidateModuleSiblings } from '../lsp/siblings';

export function registerDidChange(state: ServerState): void {
  state.documents.onDidChangeContent((e) => {
    const path = state.pathOf(e.document.uri);
    state.service.setOverlay(path, e.document.getText());
    noteTyping(state, e.document.uri);
    scheduleValidation(state, e.document.uri);
    revalidateModuleSiblings(state, e.document.uri, path);
  });
}
