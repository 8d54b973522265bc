// SPDX-License-Identifier: Apache-2.0
// Keeps the status bar score in step with the files once the workspace has been audited: a change to a
// Terraform or CloudFormation document (typed or saved), to such a file on disk, or to our settings marks
// the score stale and, after a quiet moment, re-runs the audit without the report (the server reads only
// the files that changed). A change during a re-audit cancels it and starts over. Triggered by changes,
// never by diagnostics: the audit publishes diagnostics itself, so that would loop.

import * as vscode from 'vscode';

export const FOLLOW_DELAY_MS = 1500;

export class FollowEdits implements vscode.Disposable {
  private readonly listeners: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: vscode.CancellationTokenSource | undefined;
  private settled: Promise<void> = Promise.resolve();

  constructor(
    selector: vscode.DocumentSelector,
    private readonly enabled: () => boolean,
    private readonly markStale: () => void,
    private readonly reaudit: (token: vscode.CancellationToken) => Promise<void>,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{tf,tf.json,tfvars,yaml,yml,json,template}');
    const project = vscode.workspace.createFileSystemWatcher('**/.iac-compliance.yaml');
    const onDisk = (): void => this.changed();
    this.listeners = [
      watcher,
      project,
      watcher.onDidCreate(onDisk),
      watcher.onDidChange(onDisk),
      watcher.onDidDelete(onDisk),
      project.onDidCreate(onDisk),
      project.onDidChange(onDisk),
      project.onDidDelete(onDisk),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && vscode.languages.match(selector, e.document) > 0) this.changed();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('iacCompliance') && !e.affectsConfiguration('iacCompliance.statusBarFramework')) this.changed();
      }),
    ];
  }

  /** Resolves once no re-audit is pending or running (for tests). */
  async idle(): Promise<void> {
    for (;;) {
      const current = this.settled;
      await current;
      if (current === this.settled && this.timer === undefined && this.running === undefined) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** An audit made elsewhere (the command) is current: nothing pending. */
  cancelPending(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.running?.cancel();
  }

  private changed(): void {
    if (!this.enabled()) return;
    this.markStale();
    this.running?.cancel();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const source = new vscode.CancellationTokenSource();
      this.running = source;
      this.settled = this.reaudit(source.token)
        .catch(() => undefined)
        .finally(() => {
          if (this.running === source) this.running = undefined;
          source.dispose();
        });
    }, FOLLOW_DELAY_MS);
  }

  dispose(): void {
    this.cancelPending();
    for (const l of this.listeners) l.dispose();
  }
}
