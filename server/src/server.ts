// SPDX-License-Identifier: Apache-2.0
// The language server entry point (dist/server.js): stdio (`--stdio`) or Node IPC (`--node-ipc`, how VS
// Code starts it). Wires one handler per LSP method; all analysis lives in service/.

import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import type { Connection, MessageReader } from 'vscode-languageserver/node';
import { encodeMessage } from './lsp/diagnostic-memo';
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

/**
 * Over stdio (how most editors other than VS Code start a server, and the latency bench) messages are
 * written by our encoder, which assembles publishDiagnostics from each diagnostic's memoized JSON
 * (lsp/diagnostic-memo.ts). Over Node IPC (VS Code) Node serializes the message itself.
 */
function connect(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: { name: 'application/json', encode: (msg) => Promise.resolve(Buffer.from(encodeMessage(msg), 'utf8')) } });
  // stdin passed as a stream, as the library does for --stdio: it then also exits when stdin closes. (Its
  // typings want a reader and a writer or two streams; at run time each side may be either.)
  const c = createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, writer);
  // stdout is the protocol: what would print there goes to the client's log (as the library does for --stdio).
  const toLog = (...args: unknown[]): void => c.console.log(format(...args));
  console.log = toLog;
  console.info = toLog;
  console.debug = toLog;
  return c;
}

const connection = connect();
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
