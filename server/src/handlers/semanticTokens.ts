// SPDX-License-Identifier: Apache-2.0
// textDocument/semanticTokens/full and /range: Terraform highlighting from our own parser (the token
// computation is editor/semantic-tokens.ts). Other documents (CloudFormation YAML/JSON, .tf.json) get no
// tokens: their editors' grammars colour them already. Not announced when the client says another
// extension highlights Terraform (HashiCorp's), so the two never fight over the same file.

import { SemanticTokensRegistrationType } from 'vscode-languageserver';
import type { InitializeParams, SemanticTokens, SemanticTokensLegend, SemanticTokensOptions } from 'vscode-languageserver';
import type { ServerState } from '../lsp/state';
import { encodeSemanticTokens, terraformSemanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../editor/semantic-tokens';
import type { SemanticToken } from '../editor/semantic-tokens';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** Terraform documents only, when the client registers the provider for a selector of ours. */
const TERRAFORM_SELECTOR = [{ language: 'terraform' }, { language: 'terraform-vars' }, { pattern: '**/*.{tf,tfvars}' }];
const OPTIONS: SemanticTokensOptions = { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true };
const dynamicClients = new WeakSet<ServerState>();

/**
 * The static capability for initialize, or none: when the client can register it later for a document
 * selector (VS Code), it is registered for Terraform documents only in `registerSemanticTokensForTerraform`
 * rather than for every document the client sends (YAML, JSON); when the client's initializationOptions
 * say `semanticTokens: false` (HashiCorp's extension is installed and highlights Terraform), never.
 */
export function semanticTokensCapability(state: ServerState, params: InitializeParams): SemanticTokensOptions | undefined {
  const init = params.initializationOptions as { semanticTokens?: unknown } | undefined;
  if (init?.semanticTokens === false) return undefined;
  if (params.capabilities.textDocument?.semanticTokens?.dynamicRegistration) {
    dynamicClients.add(state);
    return undefined;
  }
  return OPTIONS;
}

/** After initialized: the dynamic registration decided in `semanticTokensCapability`. */
export function registerSemanticTokensForTerraform(state: ServerState): void {
  if (dynamicClients.has(state)) void state.connection.client.register(SemanticTokensRegistrationType.type, { ...OPTIONS, documentSelector: TERRAFORM_SELECTOR });
}

function tokensOf(state: ServerState, uri: string): SemanticToken[] {
  const doc = state.documents.get(uri);
  if (!doc) return [];
  const text = doc.getText();
  const tree = state.service.terraformSyntax(state.pathOf(uri), text);
  return tree ? terraformSemanticTokens(text, tree) : [];
}

export function registerSemanticTokens(state: ServerState): void {
  state.connection.languages.semanticTokens.on((params): SemanticTokens => ({ data: encodeSemanticTokens(tokensOf(state, params.textDocument.uri)) }));
  state.connection.languages.semanticTokens.onRange((params): SemanticTokens => {
    const { start, end } = params.range;
    const inRange = tokensOf(state, params.textDocument.uri).filter(
      (t) => (t.line > start.line || (t.line === start.line && t.character + t.length > start.character)) && (t.line < end.line || (t.line === end.line && t.character < end.character)),
    );
    return { data: encodeSemanticTokens(inRange) };
  });
}
