// SPDX-License-Identifier: Apache-2.0
// initialize / initialized: capabilities, workspace folders, settings source.

import { CodeActionKind, TextDocumentSyncKind } from 'vscode-languageserver';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver';
import { CommandIds, FIX_ALL_KIND, Notifications, SERVER_NAME } from '../protocol';
import type { ServerState } from '../lsp/state';
import { uriToPath } from '../lsp/uri';
import { loadSettings } from './didChangeConfiguration';
import { reloadProjectConfig } from '../lsp/project-config';
import { reloadCustomRules } from '../lsp/custom-rules';
import { readSettings } from './didChangeConfiguration';
import { registerSemanticTokensForTerraform, semanticTokensCapability } from './semanticTokens';

declare const IAC_COMPLIANCE_VERSION: string | undefined;

export function registerInitialize(state: ServerState): void {
  state.connection.onInitialize((params: InitializeParams): InitializeResult => {
    state.configurationCapability = !!params.capabilities.workspace?.configuration;
    state.showDocumentCapability = !!params.capabilities.window?.showDocument?.support;
    const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)) ?? (params.rootUri ? [uriToPath(params.rootUri)] : []);
    state.workspaceFolders = folders;
    // Clients without workspace/configuration (plain editors) may pass settings at start.
    const init = params.initializationOptions as { settings?: unknown; clientCommands?: unknown; workspaceTrusted?: unknown } | undefined;
    if (init?.settings) state.settings = readSettings(init.settings);
    state.trusted = init?.workspaceTrusted !== false;
    // The VS Code client registers the audit command itself (progress, report webview); a command the
    // server announced would be registered by the client library too, and VS Code refuses a second one.
    const clientCommands = Array.isArray(init?.clientCommands) ? new Set(init.clientCommands) : new Set();
    const commands = [CommandIds.auditWorkspace, CommandIds.revealPlaceholder].filter((c) => !clientCommands.has(c));
    state.ownAuditUi = clientCommands.has(CommandIds.auditWorkspace);
    state.workDoneProgressCapability = !!params.capabilities.window?.workDoneProgress;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        // Compliant snippets where a resource can start (handlers/completion.ts).
        completionProvider: {},
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands },
        // Terraform highlighting (see handlers/semanticTokens.ts for when it is registered later, or not at all).
        semanticTokensProvider: semanticTokensCapability(state, params),
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: SERVER_NAME, version: typeof IAC_COMPLIANCE_VERSION === 'string' ? IAC_COMPLIANCE_VERSION : 'dev' },
    };
  });
  state.connection.onInitialized(() => {
    // The first line of the editor's output channel: what runs, on what.
    state.log(`${SERVER_NAME} ${typeof IAC_COMPLIANCE_VERSION === 'string' ? IAC_COMPLIANCE_VERSION : 'dev'} (Node ${process.version}): ${state.rulesById.size} rules; workspace ${state.workspaceFolders.join(', ') || '(none)'}`);
    reloadCustomRules(state);
    reloadProjectConfig(state);
    void loadSettings(state);
    registerSemanticTokensForTerraform(state);
  });
  // Trust is granted once (VS Code never takes it back without a restart): read what was held back.
  state.connection.onNotification(Notifications.workspaceTrusted, () => {
    if (state.trusted) return;
    state.trusted = true;
    state.log('Workspace trusted: the project file, the custom rules and the var files of the settings now apply');
    reloadCustomRules(state);
    reloadProjectConfig(state);
    void loadSettings(state);
  });
}
