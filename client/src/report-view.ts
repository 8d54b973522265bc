// SPDX-License-Identifier: Apache-2.0
// The audit report in a webview: the same HTML as `iac-compliance report --format html`, whose file:line
// references are command URIs (iacCompliance.openLocation) that open the file at the line, and whose
// "Save as HTML" / "Save as Markdown" buttons are command URIs to iacCompliance.saveReport. The webview
// runs no script at all (its CSP says so): command URIs are the only way out of it, limited to those two
// commands. One panel, reused and refreshed by each audit.

import * as vscode from 'vscode';
import { CommandIds } from '../../server/src/protocol';
import type { ReportFileFormat } from '../../server/src/protocol';
import { withContentSecurityPolicy } from '../../server/src/report/html';

export const REPORT_VIEW_TYPE = 'iacCompliance.report';
export const REPORT_TITLE = 'IaC Compliance Report';

export interface ReportFiles {
  html: string;
  markdown: string;
}

export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  /** Whether the report is open (a re-run of the audit refreshes it then). */
  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  show(html: string, reveal = true): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, REPORT_TITLE, vscode.ViewColumn.Active, {
        // No scripts: the report is static HTML; its links are command URIs limited to these commands.
        enableScripts: false,
        enableCommandUris: [CommandIds.openLocation, CommandIds.saveReport],
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

const SAVE_AS: Record<ReportFileFormat, { name: string; filters: Record<string, string[]> }> = {
  html: { name: 'compliance-report.html', filters: { HTML: ['html', 'htm'] } },
  markdown: { name: 'compliance-report.md', filters: { Markdown: ['md', 'markdown'] } },
};

/**
 * iacCompliance.saveReport: writes the latest report as HTML or Markdown (the CLI's `--format html` /
 * `--format md` output for the same audit) to `target`, or to a file chosen in a save dialog. Returns the
 * URI written, or undefined when there is no report or the dialog was dismissed.
 */
export async function saveReport(files: ReportFiles | undefined, format: unknown, target?: unknown): Promise<vscode.Uri | undefined> {
  if (format === undefined) {
    // From the command palette: ask.
    const picked = await vscode.window.showQuickPick([{ label: 'HTML', format: 'html' as const }, { label: 'Markdown', format: 'markdown' as const }], { title: 'Save the compliance report as' });
    if (!picked) return undefined;
    format = picked.format;
  }
  if (format !== 'html' && format !== 'markdown') throw new Error(`iacCompliance.saveReport: unknown format ${String(format)}`);
  if (!files) {
    void vscode.window.showWarningMessage('IaC Compliance: there is no report to save yet; run "Audit Workspace" first.');
    return undefined;
  }
  const { name, filters } = SAVE_AS[format];
  let uri: vscode.Uri | undefined;
  if (typeof target === 'string') uri = vscode.Uri.parse(target);
  else if (target instanceof vscode.Uri) uri = target;
  else {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    uri = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters, saveLabel: 'Save report' });
  }
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(format === 'html' ? files.html : files.markdown));
  return uri;
}

/** iacCompliance.openLocation: opens a file URI at a 1-based line, beside the report. */
export async function openLocation(uri: string, line: number): Promise<void> {
  const position = new vscode.Position(Math.max(0, line - 1), 0);
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), {
    selection: new vscode.Range(position, position),
    viewColumn: vscode.ViewColumn.Beside,
  });
}
