// SPDX-License-Identifier: Apache-2.0
// The VS Code client: starts the language server (dist/server.js over IPC) for Terraform and
// CloudFormation files, with its log in the "IaC Compliance" output channel, and adds the commands (audit,
// report with Save as HTML / Markdown, explain a rule, fix all in a file, show the log), the Compliance view
// and a status bar item whose score follows edits.
// Nothing else: analysis is the server's job.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { CommandIds, DIAGNOSTIC_SOURCE, FIX_ALL_KIND, Notifications, Requests } from '../../server/src/protocol';
import type { AuditResult, ReportFileParams } from '../../server/src/protocol';
import { StatusBar } from './status-bar';
import { ReportView, openLocation, saveReport } from './report-view';
import { FollowEdits } from './follow-edits';
import { Auditor } from './audit';
import type { AuditScope } from './audit';
import { ComplianceView } from './compliance-view';
import { LogChannel } from './output';
import { RuleDocs } from './rule-docs';
import { ConfigFileWatcher } from './config-file-watcher';

/** Commands of the client only (the server does not know them). */
export const ClientCommands = {
  showOutput: 'iacCompliance.showOutput',
  explainRule: 'iacCompliance.explainRule',
  fixAllInFile: 'iacCompliance.fixAllInFile',
  rerunAudit: 'iacCompliance.rerunAudit',
  openSample: 'iacCompliance.openSample',
} as const;

/** What the extension exports: for the extension-host tests (the view's nodes, the log's lines). */
export interface IacComplianceApi {
  compliance: ComplianceView;
  log: LogChannel;
  /** Resolves once no re-audit following edits is pending or running. */
  followIdle(): Promise<void>;
  /** The status bar's text and tooltip. */
  statusBar(): { text: string; tooltip: string };
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<IacComplianceApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  // The server's log (window/logMessage) and, with iacCompliance.trace.server, its JSON-RPC trace; shown on
  // request ("Show Output"), never popped up on the user.
  const log = new LogChannel();
  const documentSelector = [
    { scheme: 'file', language: 'terraform' },
    { scheme: 'file', language: 'terraform-vars' },
    { scheme: 'file', pattern: '**/*.{tf,tfvars,tf.json}' },
    { scheme: 'file', language: 'yaml' },
    { scheme: 'file', language: 'json' },
    { scheme: 'file', pattern: '**/*.template' },
    { scheme: 'untitled', language: 'terraform' },
  ];
  context.subscriptions.push(log);
  const clientOptions: LanguageClientOptions = {
    outputChannel: log,
    traceOutputChannel: log,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    documentSelector,
    // The audit command is ours (progress, report); the server must not announce it as well. Terraform
    // highlighting is left to HashiCorp's extension when it is installed (its grammar and terraform-ls).
    // In an untrusted workspace the server applies the built-in rules only (package.json
    // `capabilities.untrustedWorkspaces`); trust granted later is passed on below.
    initializationOptions: { clientCommands: [CommandIds.auditWorkspace], semanticTokens: !vscode.extensions.getExtension('hashicorp.terraform'), workspaceTrusted: vscode.workspace.isTrusted },
    synchronize: {
      configurationSection: 'iacCompliance',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{tf,tf.json,tfvars,yaml,yml,json,template}'),
        // The project file (a dot file, which some glob engines leave out of `*`).
        vscode.workspace.createFileSystemWatcher('**/.iac-compliance.yaml'),
        // Terraform's dependency lock file pins provider versions, which decide some defaults.
        vscode.workspace.createFileSystemWatcher('**/.terraform.lock.hcl'),
      ],
    },
  };
  client = new LanguageClient('iacCompliance', 'IaC Compliance', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(Notifications.workspaceTrusted)));
  // A project file named in the settings may lie outside the workspace, beyond the file events above.
  context.subscriptions.push(new ConfigFileWatcher(client));

  const status = new StatusBar(DIAGNOSTIC_SOURCE);
  const report = new ReportView();
  const compliance = new ComplianceView();
  const auditor = new Auditor(client, status, compliance, report, log);
  const docs = new RuleDocs(context, client);
  // The status bar score follows edits once an audit has made one: a quiet re-audit of the same scope.
  const follow = new FollowEdits(
    documentSelector,
    () => status.audited,
    () => status.markStale(),
    (token) => auditor.followEdits(token),
  );
  context.subscriptions.push(status, report, compliance, auditor, docs, follow);

  context.subscriptions.push(
    // Scripts and tests may name the folders to audit ({ folders: [...] }); later re-runs keep that scope.
    vscode.commands.registerCommand(CommandIds.auditWorkspace, (scope?: AuditScope) => {
      follow.cancelPending();
      return auditor.run('command', scope);
    }),
    vscode.commands.registerCommand(CommandIds.showReport, async () =>
      auditor.lastReport === undefined || status.isStale ? auditor.run('command') : report.show(auditor.lastReport),
    ),
    vscode.commands.registerCommand(CommandIds.saveReport, (format: unknown, target?: unknown) =>
      saveReport((f) => (client ? client.sendRequest<string | null>(Requests.reportFile, { format: f } satisfies ReportFileParams) : Promise.resolve(null)), format, target),
    ),
    vscode.commands.registerCommand(CommandIds.openLocation, openLocation),
    vscode.commands.registerCommand(ClientCommands.rerunAudit, (): Promise<AuditResult | undefined> => auditor.run('refresh')),
    vscode.commands.registerCommand(ClientCommands.showOutput, () => log.show(true)),
    // An id, or a node of the Compliance view (its inline "Explain Rule" action), or nothing (a quick pick).
    vscode.commands.registerCommand(ClientCommands.explainRule, (arg?: unknown) =>
      docs.explain(typeof arg === 'string' ? arg : (arg as { ruleId?: string } | undefined)?.ruleId),
    ),
    vscode.commands.registerCommand(ClientCommands.openSample, () => openSample(context)),
    vscode.commands.registerCommand(ClientCommands.fixAllInFile, (uri?: unknown) => fixAllInFile(uri instanceof vscode.Uri ? uri : undefined)),
  );
  return { compliance, log, followIdle: () => follow.idle(), statusBar: () => status.shown };
}

/** iacCompliance.openSample (the walkthrough's first step): an unsaved Terraform file with findings. */
async function openSample(context: vscode.ExtensionContext): Promise<vscode.TextEditor> {
  const sample = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', 'sample.tf'));
  const doc = await vscode.workspace.openTextDocument({ language: 'terraform', content: new TextDecoder().decode(sample) });
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * iacCompliance.fixAllInFile [uri]: applies the server's source.fixAll.iacCompliance action (safe fixes
 * only) to the file (the active editor's by default). Resolves with whether anything was applied.
 */
async function fixAllInFile(uri: vscode.Uri | undefined): Promise<boolean> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage('IaC Compliance: open a Terraform or CloudFormation file to fix.');
    return false;
  }
  const doc = await vscode.workspace.openTextDocument(target);
  const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND)) ?? [];
  const fix = actions.find((a) => a.kind?.value === FIX_ALL_KIND && a.edit);
  if (!fix?.edit || !(await vscode.workspace.applyEdit(fix.edit))) {
    void vscode.window.showInformationMessage(`IaC Compliance: no safe fix to apply in ${vscode.workspace.asRelativePath(doc.uri)}.`);
    return false;
  }
  if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
  return true;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
