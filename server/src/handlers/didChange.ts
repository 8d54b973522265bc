// SPDX-License-Identifier: Apache-2.0
// textDocument/didChange: the document and, for Terraform, the other open files of its directory (they
// share one module) are re-validated, coalesced by the scheduler. While the document is typed and does
// not parse, the other files wait for it to settle (publish.ts), so their findings do not blink either.

import type { ServerState } from '../lsp/state';
import { noteTyping, revalidateSiblingsWhenSettled, scheduleValidation } from '../lsp/publish';

export function registerDidChange(state: ServerState): void {
  state.documents.onDidChangeContent((e) => {
    const path = state.pathOf(e.document.uri);
    state.service.setOverlay(path, e.document.getText());
    noteTyping(state, e.document.uri);
    scheduleValidation(state, e.document.uri);
    revalidateSiblingsWhenSettled(state, e.document.uri);
  });
}
