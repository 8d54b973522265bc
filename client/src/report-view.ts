// SPDX-License-Identifier: Apache-2.0
// The audit report in a webview: the same HTML as `iac-compliance report --format html`, whose file:line
// references are command URIs (iacCompliance.openLocation) that open the file at the line. One panel,
// reused and refreshed by each audit.

import * as vscode from 'vscode';
import { CommandIds } from '../../server/src/protocol';
import { withContentSecurityPolicy } from '../../server/src/report/html';

export const REPORT_VIEW_TYPE = 'iacCompliance.report';
export const REPORT_TITLE = 'IaC Compliance Report';

export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  /** Whether the report is open (a re-run of the audit refreshes it then). */
  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  show(html: string, reveal = true): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, REPORT_TITLE, vscode.ViewColumn.Active, {
        // No scripts: the report is static HTML; its links are command URIs limited to openLocation.
        enableScripts: false,
        enableCommandUris: [CommandIds.openLocation],
        retainContextWhenHidden: false,
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.webview.html = withContentSecurityPolicy(html);
    if (reveal) this.panel.reveal(undefined, false);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** iacCompliance.openLocation: opens a file URI at a 1-based line, beside the report. */
export async function openLocation(uri: string, line: number): Promise<void> {
  const position = new vscode.Position(Math.max(0, line - 1), 0);
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), {
    selection: new vscode.Range(position, position),
    viewColumn: vscode.ViewColumn.Beside,
  });
}
