// SPDX-License-Identifier: Apache-2.0
// The VS Code client: starts the language server (dist/server.js over IPC) for Terraform and
// CloudFormation files, and adds the audit command and a status bar item. Nothing else: analysis is the
// server's job.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { CommandIds, DIAGNOSTIC_SOURCE, Notifications, Requests } from '../../server/src/protocol';
import type { AuditParams, AuditProgress, AuditResult } from '../../server/src/protocol';
import { StatusBar } from './status-bar';
import { ReportView, openLocation } from './report-view';

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
    // The audit command is ours (progress, report); the server must not announce it as well.
    // In an untrusted workspace the server applies the built-in rules only (package.json
    // `capabilities.untrustedWorkspaces`); trust granted later is passed on below.
    initializationOptions: { clientCommands: [CommandIds.auditWorkspace], workspaceTrusted: vscode.workspace.isTrusted },
    synchronize: {
      configurationSection: 'iacCompliance',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{tf,tf.json,tfvars,yaml,yml,json,template}'),
        // The project file (a dot file, which some glob engines leave out of `*`).
        vscode.workspace.createFileSystemWatcher('**/.iac-compliance.yaml'),
      ],
    },
  };
  client = new LanguageClient('iacCompliance', 'IaC Compliance', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(Notifications.workspaceTrusted)));

  const status = new StatusBar(DIAGNOSTIC_SOURCE);
  const view = new ReportView();
  context.subscriptions.push(status, view);

  let lastReport: string | undefined;
  const audit = async (): Promise<AuditResult | undefined> => {
    const result = await auditWorkspace(status);
    if (result?.reportHtml !== undefined) {
      lastReport = result.reportHtml;
      view.show(lastReport);
    }
    return result;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandIds.auditWorkspace, audit),
    vscode.commands.registerCommand(CommandIds.showReport, async () => (lastReport === undefined || status.isStale ? audit() : view.show(lastReport))),
    vscode.commands.registerCommand(CommandIds.openLocation, openLocation),
  );
}

/** Runs the audit (Problems panel for unopened files, scores, the report's HTML). */
async function auditWorkspace(status: StatusBar): Promise<AuditResult | undefined> {
  if (!client) return undefined;
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  const configured = vscode.workspace.getConfiguration('iacCompliance').get<string[]>('exclude') ?? [];
  const filesExclude = Object.entries(vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude') ?? {})
    .filter(([, on]) => on)
    .map(([glob]) => glob);
  const params: AuditParams = { folders, exclude: [...configured, ...filesExclude], report: true };
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'IaC Compliance: auditing the workspace', cancellable: true },
    async (progress, token) => {
      let reported = 0;
      const listener = client!.onNotification(Notifications.auditProgress, (p: AuditProgress) => {
        const share = p.total > 0 ? (100 * p.done) / p.total : 0;
        progress.report({ message: `${p.done} of ${p.total} files`, increment: share - reported });
        reported = share;
      });
      let result: AuditResult;
      try {
        result = await client!.sendRequest<AuditResult>(Requests.auditWorkspace, params, token);
      } finally {
        listener.dispose();
      }
      status.setScores(result.scores ?? []);
      void vscode.window.showInformationMessage(
        `IaC Compliance: ${result.findings} violation${result.findings === 1 ? '' : 's'}, ${result.cannotVerify ?? 0} cannot verify, ${result.suppressed ?? 0} suppressed in ${result.files} file${result.files === 1 ? '' : 's'}.`,
      );
      return result;
    },
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
