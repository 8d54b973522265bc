// SPDX-License-Identifier: Apache-2.0
// The language server entry point (dist/server.js): stdio (`--stdio`) or Node IPC (`--node-ipc`, how VS
// Code starts it). Wires one handler per LSP method; all analysis lives in service/.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ServerState } from './lsp/state';
import { registerInitialize } from './handlers/initialize';
import { registerDidOpen } from './handlers/didOpen';
import { registerDidChange } from './handlers/didChange';
import { registerDidClose } from './handlers/didClose';
import { registerDidChangeConfiguration } from './handlers/didChangeConfiguration';
import { registerDidChangeWatchedFiles } from './handlers/didChangeWatchedFiles';
import { registerHover } from './handlers/hover';
import { registerCodeAction } from './handlers/codeAction';
import { registerAuditWorkspace } from './handlers/auditWorkspace';
import { registerRules } from './handlers/rules';
import { registerSemanticTokens } from './handlers/semanticTokens';
import { registerCompletion } from './handlers/completion';
import { registerReportFile } from './handlers/reportFile';

const connection = createConnection(ProposedFeatures.all);
const state = new ServerState(connection);

registerInitialize(state);
registerDidOpen(state);
registerDidChange(state);
registerDidClose(state);
registerDidChangeConfiguration(state);
registerDidChangeWatchedFiles(state);
registerHover(state);
registerCodeAction(state);
registerAuditWorkspace(state);
registerRules(state);
registerSemanticTokens(state);
registerCompletion(state);
registerReportFile(state);

// A bug in one request must not take down the editor's server: log it and carry on.
process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));

state.documents.listen(connection);
connection.listen();
