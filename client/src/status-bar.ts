// SPDX-License-Identifier: Apache-2.0
// A status bar item with the number of open findings (from our diagnostics, wherever they came from);
// clicking it opens the Problems panel.

import * as vscode from 'vscode';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  private readonly listener: vscode.Disposable;

  constructor(private readonly source: string) {
    this.item.command = 'workbench.actions.view.problems';
    this.item.name = 'IaC Compliance';
    this.listener = vscode.languages.onDidChangeDiagnostics(() => this.refresh());
    this.refresh();
    this.item.show();
  }

  refresh(): void {
    let count = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      count += diagnostics.filter((d) => d.source === this.source && d.code !== 'syntax').length;
    }
    this.item.text = `$(shield) ${count}`;
    this.item.tooltip = `IaC Compliance: ${count} finding${count === 1 ? '' : 's'} (click for Problems)`;
  }

  dispose(): void {
    this.listener.dispose();
    this.item.dispose();
  }
}
