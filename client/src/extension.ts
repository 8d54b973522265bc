// SPDX-License-Identifier: Apache-2.0
// The VS Code client: starts the language server (dist/server.js over IPC) for Terraform and
// CloudFormation files, and adds the audit command, the report webview (with Save as HTML / Markdown)
// and a status bar item whose score follows edits. Nothing else: analysis is the server's job.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { CommandIds, DIAGNOSTIC_SOURCE, Notifications, Requests } from '../../server/src/protocol';
import type { AuditParams, AuditProgress, AuditResult } from '../../server/src/protocol';
import { StatusBar } from './status-bar';
import { ReportView, openLocation, saveReport } from './report-view';
import type { ReportFiles } from './report-view';
import { FollowEdits } from './follow-edits';

let client: LanguageClient | undefined;

/** What activate() returns (used by the end-to-end tests). */
export interface ExtensionApi {
  followIdle(): Promise<void>;
  statusBar(): { text: string; tooltip: string };
}

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const documentSelector = [
    { scheme: 'file', language: 'terraform' },
    { scheme: 'file', language: 'terraform-vars' },
    { scheme: 'file', pattern: '**/*.{tf,tfvars,tf.json}' },
    { scheme: 'file', language: 'yaml' },
    { scheme: 'file', language: 'json' },
    { scheme: 'file', pattern: '**/*.template' },
    { scheme: 'untitled', language: 'terraform' },
  ];
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    // The audit command is ours (progress, report); the server must not announce it as well.
    initializationOptions: { clientCommands: [CommandIds.auditWorkspace] },
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

  const status = new StatusBar(DIAGNOSTIC_SOURCE);
  const view = new ReportView();
  context.subscriptions.push(status, view);

  let lastReport: string | undefined;
  let lastFiles: ReportFiles | undefined;
  // What the last audit covered: re-audits that follow edits cover the same folders.
  let lastScope: AuditScope | undefined;
  const follow = new FollowEdits(
    documentSelector,
    () => status.audited && lastScope !== undefined,
    () => status.markStale(),
    async (token) => {
      if (!client || !lastScope) return;
      const result = await client.sendRequest<AuditResult>(Requests.auditWorkspace, auditParams(lastScope, false), token);
      // A cancelled audit answers with what it got to: not a score.
      if (!token.isCancellationRequested && result.scores) status.setScores(result.scores, false);
    },
  );
  context.subscriptions.push(follow);

  const audit = async (scope?: AuditScope): Promise<AuditResult | undefined> => {
    follow.cancelPending();
    const wanted = scope?.folders && scope.folders.length > 0 ? scope : {};
    const result = await auditWorkspace(status, wanted);
    if (result?.reportHtml !== undefined) {
      lastScope = wanted;
      lastReport = result.reportHtml;
      lastFiles = result.reportFiles;
      view.show(lastReport);
    }
    return result;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandIds.auditWorkspace, audit),
    vscode.commands.registerCommand(CommandIds.showReport, async () => (lastReport === undefined || status.isStale ? audit(lastScope) : view.show(lastReport))),
    vscode.commands.registerCommand(CommandIds.openLocation, openLocation),
    vscode.commands.registerCommand(CommandIds.saveReport, (format: unknown, target?: unknown) => saveReport(lastFiles, format, target)),
  );
  return {
    /** For tests: resolves once no re-audit following edits is pending or running. */
    followIdle: () => follow.idle(),
    /** For tests: the status bar's text and tooltip. */
    statusBar: () => status.shown,
  };
}

/** What to audit: the workspace folders by default; tests and scripts may name folders. */
export interface AuditScope {
  folders?: string[];
}

function auditParams(scope: AuditScope, report: boolean): AuditParams {
  const folders = scope.folders ?? (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  const configured = vscode.workspace.getConfiguration('iacCompliance').get<string[]>('exclude') ?? [];
  const filesExclude = Object.entries(vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude') ?? {})
    .filter(([, on]) => on)
    .map(([glob]) => glob);
  return { folders, exclude: [...configured, ...filesExclude], report };
}

/** Runs the audit (Problems panel for unopened files, scores, the report's HTML). */
async function auditWorkspace(status: StatusBar, scope: AuditScope): Promise<AuditResult | undefined> {
  if (!client) return undefined;
  const params = auditParams(scope, true);
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
      if (token.isCancellationRequested) return undefined;
      status.setScores(result.scores ?? [], true);
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
