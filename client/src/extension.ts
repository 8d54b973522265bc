// SPDX-License-Identifier: Apache-2.0
// The VS Code client: starts the language server (dist/server.js over IPC) for Terraform and
// CloudFormation files, and adds the audit command and a status bar item. Nothing else: analysis is the
// server's job.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { CommandIds, DIAGNOSTIC_SOURCE, Requests } from '../../server/src/protocol';
import type { AuditParams, AuditResult } from '../../server/src/protocol';
import { StatusBar } from './status-bar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'terraform' },
      { scheme: 'file', language: 'terraform-vars' },
      { scheme: 'file', pattern: '**/*.{tf,tfvars,tf.json}' },
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
      { scheme: 'file', pattern: '**/*.template' },
      { scheme: 'untitled', language: 'terraform' },
    ],
    synchronize: {
      configurationSection: 'iacCompliance',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{tf,tf.json,tfvars,yaml,yml,json,template}'),
    },
  };
  client = new LanguageClient('iacCompliance', 'IaC Compliance', serverOptions, clientOptions);
  await client.start();

  const status = new StatusBar(DIAGNOSTIC_SOURCE);
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.commands.registerCommand(CommandIds.auditWorkspace, async () => auditWorkspace(status)),
  );
}

async function auditWorkspace(status: StatusBar): Promise<AuditResult | undefined> {
  if (!client) return undefined;
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  const configured = vscode.workspace.getConfiguration('iacCompliance').get<string[]>('exclude') ?? [];
  const filesExclude = Object.entries(vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude') ?? {})
    .filter(([, on]) => on)
    .map(([glob]) => glob);
  const params: AuditParams = { folders, exclude: [...configured, ...filesExclude] };
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'IaC Compliance: auditing the workspace', cancellable: true },
    async (_progress, token) => {
      const result = await client!.sendRequest<AuditResult>(Requests.auditWorkspace, params, token);
      status.refresh();
      void vscode.window.showInformationMessage(
        `IaC Compliance: ${result.findings} finding${result.findings === 1 ? '' : 's'} in ${result.files} file${result.files === 1 ? '' : 's'}.`,
      );
      return result;
    },
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
