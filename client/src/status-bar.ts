// SPDX-License-Identifier: Apache-2.0
// A status bar item with the number of open findings (from our diagnostics, wherever they came from) and,
// once the workspace has been audited, the score of the framework chosen in
// `iacCompliance.statusBarFramework`; clicking it opens the audit report.

import * as vscode from 'vscode';
import { CommandIds } from '../../server/src/protocol';
import type { FrameworkScore } from '../../server/src/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('iacCompliance.status', vscode.StatusBarAlignment.Left, 50);
  private readonly listeners: vscode.Disposable[];
  private scores: FrameworkScore[] = [];

  constructor(private readonly source: string) {
    this.item.command = CommandIds.showReport;
    this.item.name = 'IaC Compliance';
    this.listeners = [
      vscode.languages.onDidChangeDiagnostics(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('iacCompliance.statusBarFramework')) this.refresh();
      }),
    ];
    this.refresh();
    this.item.show();
  }

  setScores(scores: FrameworkScore[]): void {
    this.scores = scores;
    this.stale = false;
    this.auditedCount = undefined;
    this.refresh();
  }

  /** Whether findings changed since the audit that computed the score (the score may be out of date). */
  private stale = false;
  private auditedCount: number | undefined;

  refresh(): void {
    // Violations and "cannot verify" apart (the latter are not findings to fix), as the CLI and the report
    // count them; syntax problems, evaluation notes and suppression problems are not counted.
    let count = 0;
    let unverifiable = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      for (const d of diagnostics) {
        // With a documentation link the code is `{ value, target }`.
        const code = typeof d.code === 'object' ? d.code.value : d.code;
        if (d.source !== this.source || typeof code !== 'string' || !/^[A-Z]+-[A-Z0-9]+-\d+$/.test(code)) continue;
        if (d.message.startsWith('Cannot verify')) unverifiable++;
        else count++;
      }
    }
    if (this.auditedCount === undefined && this.scores.length > 0) this.auditedCount = count;
    else if (this.auditedCount !== undefined && count !== this.auditedCount) this.stale = true;
    const findings = `${count} violation${count === 1 ? '' : 's'}, ${unverifiable} cannot verify`;
    const wanted = vscode.workspace.getConfiguration('iacCompliance').get<string>('statusBarFramework') ?? 'cis-aws-5.0.0:level1';
    const score = this.scores.find((s) => s.id === wanted);
    if (score) {
      const rate = score.passRate === null ? 'n/a' : `${Math.round(score.passRate * 100)}%`;
      this.item.text = `$(shield) ${count} · ${rate}${this.stale ? ' (stale)' : ''}`;
      this.item.tooltip = `IaC Compliance: ${findings}; ${score.name}: ${rate} of decided controls pass (${score.pass} pass, ${score.fail} fail)${
        this.stale ? '. Files changed since the audit: click to re-run it' : '. Click for the report'
      }.`;
    } else {
      this.item.text = `$(shield) ${count}`;
      this.item.tooltip = `IaC Compliance: ${findings}. Click to audit the workspace and open the report.`;
    }
  }

  /** Whether the report is out of date (clicking re-runs the audit). */
  get isStale(): boolean {
    return this.stale;
  }

  dispose(): void {
    for (const l of this.listeners) l.dispose();
    this.item.dispose();
  }
}
