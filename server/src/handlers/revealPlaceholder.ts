// SPDX-License-Identifier: Apache-2.0
// workspace/executeCommand iacCompliance.revealPlaceholder: after a fix that inserted a placeholder, select
// where it is used (`var.name` in Terraform, the `Ref` to the parameter in CloudFormation) with
// window/showDocument, so the user types the real value over it, as a snippet would let them.

import type { ServerState } from '../lsp/state';

/** [start, end) of the placeholder's use in the text, or null. */
export function placeholderRange(text: string, name: string): [number, number] | null {
  // A literal placeholder (the suppression's `<justification>`): its first occurrence.
  if (name.startsWith('<')) {
    const at = text.indexOf(name);
    return at < 0 ? null : [at, at + name.length];
  }
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = [new RegExp(`\\bvar\\.${escaped}\\b`), new RegExp(`!Ref\\s+${escaped}\\b`), new RegExp(`\\{\\s*"Ref"\\s*:\\s*"${escaped}"\\s*\\}`)];
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return [m.index, m.index + m[0].length];
  }
  return null;
}

export async function revealPlaceholder(state: ServerState, args: unknown[]): Promise<boolean> {
  const [uri, name] = args;
  if (typeof uri !== 'string' || typeof name !== 'string' || !state.showDocumentCapability) return false;
  const doc = state.documents.get(uri);
  if (!doc) return false;
  const range = placeholderRange(doc.getText(), name);
  if (!range) return false;
  const result = await state.connection.window.showDocument({
    uri,
    takeFocus: true,
    selection: { start: doc.positionAt(range[0]), end: doc.positionAt(range[1]) },
  });
  return result.success;
}
