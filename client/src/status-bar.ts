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
    this.refresh();
  }

  refresh(): void {
    let count = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      count += diagnostics.filter((d) => d.source === this.source && d.code !== 'syntax').length;
    }
    const findings = `${count} finding${count === 1 ? '' : 's'}`;
    const wanted = vscode.workspace.getConfiguration('iacCompliance').get<string>('statusBarFramework') ?? 'cis-aws-5.0.0:level1';
    const score = this.scores.find((s) => s.id === wanted);
    if (score) {
      const rate = score.passRate === null ? 'n/a' : `${Math.round(score.passRate * 100)}%`;
      this.item.text = `$(shield) ${count} · ${rate}`;
      this.item.tooltip = `IaC Compliance: ${findings}; ${score.name}: ${rate} of decided controls pass (${score.pass} pass, ${score.fail} fail). Click for the report.`;
    } else {
      this.item.text = `$(shield) ${count}`;
      this.item.tooltip = `IaC Compliance: ${findings}. Click to audit the workspace and open the report.`;
    }
  }

  dispose(): void {
    for (const l of this.listeners) l.dispose();
    this.item.dispose();
  }
}
