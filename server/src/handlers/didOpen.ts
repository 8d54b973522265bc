// SPDX-License-Identifier: Apache-2.0
// textDocument/didOpen: analyze and publish right away.

import type { ServerState } from '../lsp/state';
import { scheduleValidation } from '../lsp/publish';

export function registerDidOpen(state: ServerState): void {
  state.documents.onDidOpen((e) => {
    // An audited file that is now open is owned by the open-document diagnostics.
    state.auditedUris.delete(e.document.uri);
    state.service.setOverlay(state.pathOf(e.document.uri), e.document.getText());
    scheduleValidation(state, e.document.uri);
  });
}
