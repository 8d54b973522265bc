// SPDX-License-Identifier: Apache-2.0
// textDocument/completion: our compliant snippets, only where a resource can start (see
// editor/snippets.ts for where that is); nothing anywhere else, so a snippet is never offered in the
// middle of an expression.

import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind } from 'vscode-languageserver';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver';
import type { ServerState } from '../lsp/state';
import { expandSnippet, snippetCompletions } from '../editor/snippets';

const FENCE: Record<string, string> = { terraform: 'hcl', 'cloudformation-yaml': 'yaml', 'cloudformation-json': 'json' };

export function registerCompletion(state: ServerState): void {
  state.connection.onCompletion((params): CompletionList => {
    const empty: CompletionList = { isIncomplete: false, items: [] };
    const doc = state.documents.get(params.textDocument.uri);
    if (!doc) return empty;
    const text = doc.getText();
    const found = snippetCompletions(state.pathOf(params.textDocument.uri), text, doc.offsetAt(params.position));
    if (!found) return empty;
    const { place, snippets } = found;
    const range = { start: doc.positionAt(place.start), end: doc.positionAt(place.end) };
    const extra: TextEdit[] = place.commaAt === null ? [] : [{ range: { start: doc.positionAt(place.commaAt), end: doc.positionAt(place.commaAt) }, newText: ',' }];
    const items: CompletionItem[] = snippets.map((s, i) => ({
      label: s.prefix,
      labelDetails: { description: s.name },
      kind: CompletionItemKind.Snippet,
      detail: s.name,
      documentation: { kind: MarkupKind.Markdown, value: `${s.description}\n\n\`\`\`${FENCE[place.language]}\n${expandSnippet(s.body)}\n\`\`\`` },
      insertTextFormat: InsertTextFormat.Snippet,
      // Lines after the first take the indentation of the line the snippet starts on (YAML resources).
      insertTextMode: InsertTextMode.adjustIndentation,
      textEdit: { range, newText: `${place.before}${s.body}${place.after}` },
      ...(extra.length > 0 ? { additionalTextEdits: extra } : {}),
      filterText: s.prefix,
      sortText: String(i).padStart(3, '0'),
    }));
    return { isIncomplete: false, items };
  });
}
