// SPDX-License-Identifier: Apache-2.0
// textDocument/didChange: the document and, for Terraform, the other open files of its directory (they
// share one module) are re-validated, coalesced by the scheduler.

import { dirname } from 'node:path';
import type { ServerState } from '../lsp/state';
import { scheduleValidation } from '../lsp/publish';

export function registerDidChange(state: ServerState): void {
  state.documents.onDidChangeContent((e) => {
    const path = state.pathOf(e.document.uri);
    state.service.setOverlay(path, e.document.getText());
    scheduleValidation(state, e.document.uri);
    const dir = dirname(path);
    for (const other of state.documents.all()) {
      if (other.uri === e.document.uri || dirname(state.pathOf(other.uri)) !== dir) continue;
      state.analyses.delete(other.uri);
      scheduleValidation(state, other.uri);
    }
  });
}
