// SPDX-License-Identifier: Apache-2.0
// Runs the workspace audit (iacCompliance/auditWorkspace) for the command, the Compliance view and the
// status bar, one at a time. "Audit Workspace" shows a cancellable notification and opens the report; the
// view's refreshes ("Re-run Audit", and the debounced re-runs after edits while the view is visible) show
// their progress in the view and ask for (and refresh) the report only when it is open.
//
// What triggers a re-run: the diagnostics of an open document changing from what they were at the last
// audit (an edit the server has analysed; the audit's own publications for unopened files are ignored, so
// an audit never triggers another), files created, changed or deleted on disk, and settings changes.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DIAGNOSTIC_SOURCE, Notifications, Requests } from '../../server/src/protocol';
import type { AuditParams, AuditProgress, AuditResult } from '../../server/src/protocol';
import type { StatusBar } from './status-bar';
import type { ReportView } from './report-view';
import { COMPLIANCE_VIEW_ID } from './compliance-view';
import type { ComplianceView } from './compliance-view';
import type { LogChannel } from './output';

/** Quiet time after the last change before the view's audit re-runs. */
const REFRESH_DELAY_MS = 1500;

export type AuditMode = 'command' | 'refresh';

/** What to audit: the workspace folders by default; tests and scripts may name folders. */
export interface AuditScope {
  folders?: string[];
}

export class Auditor implements vscode.Disposable {
  /** The report's HTML from the latest audit. */
  lastReport: string | undefined;
  /** What the latest audit covered: re-runs cover the same. */
  private scope: AuditScope = {};
  private running: { source: vscode.CancellationTokenSource; done: Promise<unknown> } | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Something changed while the view was hidden. */
  private missed = false;
  /** Per open document, its diagnostics when the latest audit finished. */
  private readonly seen = new Map<string, string>();
  private readonly listeners: vscode.Disposable[];

  constructor(
    private readonly client: LanguageClient,
    private readonly status: StatusBar,
    private readonly tree: ComplianceView,
    private readonly report: ReportView,
    private readonly log: LogChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{tf,tf.json,tfvars,yaml,yml,json,template}');
    this.listeners = [
      watcher,
      watcher.onDidCreate(() => this.schedule()),
      watcher.onDidChange(() => this.schedule()),
      watcher.onDidDelete(() => this.schedule()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => this.isOpen(u) && this.signature(u) !== this.seen.get(u.toString()))) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('iacCompliance') || e.affectsConfiguration('files.exclude')) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.seen.delete(d.uri.toString())),
      tree.view.onDidChangeVisibility(({ visible }) => {
        if (visible && (!tree.result || this.missed)) void this.run('refresh');
      }),
    ];
    // Restored visible from the last session: fill it now.
    if (tree.view.visible) void this.run('refresh');
  }

  /**
   * Runs the audit (after cancelling one in flight). Resolves with its result, or undefined when cancelled
   * or superseded.
   */
  async run(mode: AuditMode, scope?: AuditScope): Promise<AuditResult | undefined> {
    clearTimeout(this.timer);
    if (scope !== undefined) this.scope = scope.folders && scope.folders.length > 0 ? { folders: scope.folders } : {};
    if (this.running) {
      this.running.source.cancel();
      await this.running.done.catch(() => undefined);
    }
    this.missed = false;
    const source = new vscode.CancellationTokenSource();
    const work = mode === 'command' ? this.withNotification(source) : this.withViewProgress(source);
    this.running = { source, done: work };
    try {
      const result = await work;
      if (!result || source.token.isCancellationRequested) return undefined;
      this.apply(result, mode);
      return result;
    } finally {
      if (this.running?.source === source) this.running = undefined;
      source.dispose();
    }
  }

  /**
   * A re-run after a quiet time, when the view is visible and has been filled (it would go stale); while it
   * is hidden, the change is remembered and the audit re-runs when it is shown again.
   */
  schedule(): void {
    if (!this.tree.result) return;
    if (!this.tree.view.visible) {
      this.missed = true;
      return;
    }
    this.tree.markStale();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.tree.view.visible) void this.background();
    }, REFRESH_DELAY_MS);
  }

  /** The status bar's re-audit after edits (follow-edits.ts): a background refresh. */
  async followEdits(token: vscode.CancellationToken): Promise<void> {
    if (token.isCancellationRequested) return;
    await this.background();
  }

  /**
   * A re-run caused by edits, in the background: it never cancels an audit in flight (the command, or
   * "Re-run Audit", whose caller waits for its result), but runs after it, so it still sees the edits.
   */
  private async background(): Promise<AuditResult | undefined> {
    while (this.running) await this.running.done.catch(() => undefined);
    return this.run('refresh');
  }

  private apply(result: AuditResult, mode: AuditMode): void {
    this.status.setScores(result.scores ?? [], result.reportHtml !== undefined);
    if (result.tree) this.tree.update(result);
    for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === 'file') this.seen.set(doc.uri.toString(), this.signature(doc.uri));
    // Without the HTML (a refresh while the report is closed), the last report is out of date: "Show
    // Compliance Report" then runs the audit again.
    this.lastReport = result.reportHtml;
    if (result.reportHtml !== undefined && (mode === 'command' || this.report.isOpen)) this.report.show(result.reportHtml, mode === 'command');
    const summary = `${result.findings} violation${result.findings === 1 ? '' : 's'}, ${result.cannotVerify ?? 0} cannot verify, ${result.suppressed ?? 0} suppressed in ${result.files} file${result.files === 1 ? '' : 's'}`;
    this.log.info(`workspace audit (${mode === 'command' ? 'Audit Workspace' : 'Compliance view'}): ${summary}`);
    if (mode === 'command') void vscode.window.showInformationMessage(`IaC Compliance: ${summary}.`);
  }

  /** The HTML report only when it will be shown: on a large workspace it is tens of MB (the tree data 1–2 MB). */
  private params(report: boolean): AuditParams {
    const folders = this.scope.folders ?? (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
    const configured = vscode.workspace.getConfiguration('iacCompliance').get<string[]>('exclude') ?? [];
    const filesExclude = Object.entries(vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude') ?? {})
      .filter(([, on]) => on)
      .map(([glob]) => glob);
    return { folders, exclude: [...configured, ...filesExclude], report, tree: true };
  }

  private async request(report: boolean, token: vscode.CancellationToken, onProgress?: (p: AuditProgress) => void): Promise<AuditResult | undefined> {
    const listener = onProgress ? this.client.onNotification(Notifications.auditProgress, onProgress) : undefined;
    try {
      return await this.client.sendRequest<AuditResult>(Requests.auditWorkspace, this.params(report), token);
    } catch (e) {
      if (token.isCancellationRequested) return undefined;
      throw e;
    } finally {
      listener?.dispose();
    }
  }

  private withNotification(source: vscode.CancellationTokenSource): Promise<AuditResult | undefined> {
    return Promise.resolve(
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'IaC Compliance: auditing the workspace', cancellable: true },
        async (progress, token) => {
          token.onCancellationRequested(() => source.cancel());
          let reported = 0;
          return this.request(true, source.token, (p) => {
            const share = p.total > 0 ? (100 * p.done) / p.total : 0;
            progress.report({ message: `${p.done} of ${p.total} files`, increment: share - reported });
            reported = share;
          });
        },
      ),
    );
  }

  private withViewProgress(source: vscode.CancellationTokenSource): Promise<AuditResult | undefined> {
    return Promise.resolve(vscode.window.withProgress({ location: { viewId: COMPLIANCE_VIEW_ID } }, () => this.request(this.report.isOpen, source.token)));
  }

  private isOpen(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return uri.scheme === 'file' && vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
  }

  private signature(uri: vscode.Uri): string {
    return JSON.stringify(
      vscode.languages
        .getDiagnostics(uri)
        .filter((d) => d.source === DIAGNOSTIC_SOURCE)
        .map((d) => [typeof d.code === 'object' ? d.code.value : d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message]),
    );
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.running?.source.cancel();
    for (const l of this.listeners) l.dispose();
  }
}
