// SPDX-License-Identifier: Apache-2.0
// Rule documentation as rendered Markdown: "Explain rule…" (a quick pick over the server's rules, then the
// rule's page in the Markdown preview), and the diagnostics' and hovers' documentation links.
//
// Those links stay file URIs (docs/rules/ID.md next to the server bundle): every LSP client can open them,
// and VS Code ignores command URIs in a diagnostic's code link in the editor hover (it opens them without
// allowing commands). So the client turns the raw text editor such a link opens into the preview, unless
// a preview of the page is open already (that is "Show Source" from the preview) or the extension runs in
// development mode (its docs are then files being edited).

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Requests } from '../../server/src/protocol';
import type { RuleInfo } from '../../server/src/protocol';

const RULE_PAGE = /^[A-Z][A-Z0-9]*-[A-Z0-9]+-\d+\.md$/;

/** Quick pick entries for the rules: id, then title; severity and the CIS / SOC 2 ids below. */
export function ruleItems(rules: readonly RuleInfo[]): (vscode.QuickPickItem & { id: string })[] {
  return rules.map((r) => ({ id: r.id, label: r.id, description: r.title, detail: `${r.severity}${r.summary ? ` · ${r.summary}` : ''}` }));
}

export class RuleDocs implements vscode.Disposable {
  private readonly docsDir: vscode.Uri;
  private readonly listener: vscode.Disposable | undefined;

  constructor(
    context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
  ) {
    this.docsDir = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
    if (context.extensionMode !== vscode.ExtensionMode.Development) {
      this.listener = vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.opened) void this.redirect(tab);
      });
    }
  }

  /** The page of a rule (docs/rules/ID.md in the extension). */
  docOf(ruleId: string): vscode.Uri {
    return vscode.Uri.joinPath(this.docsDir, `${ruleId}.md`);
  }

  /** iacCompliance.explainRule [ruleId]: without an id, asks for one. Resolves with the id shown. */
  async explain(ruleId?: string): Promise<string | undefined> {
    let id = typeof ruleId === 'string' && ruleId !== '' ? ruleId : undefined;
    if (!id) {
      const rules = await this.client.sendRequest<RuleInfo[]>(Requests.rules);
      const picked = await vscode.window.showQuickPick(ruleItems(rules), { title: 'IaC Compliance: Explain Rule', placeHolder: 'Rule id, title, CIS or SOC 2 id', matchOnDescription: true, matchOnDetail: true });
      id = picked?.id;
    }
    if (!id) return undefined;
    const doc = this.docOf(id);
    try {
      await vscode.workspace.fs.stat(doc);
    } catch {
      // A custom rule has no page: its documentation is its rule file in the workspace.
      const rules = await this.client.sendRequest<RuleInfo[]>(Requests.rules);
      const custom = rules.find((r) => r.id === id && !r.doc.endsWith(`/${id}.md`));
      if (custom) {
        await vscode.window.showTextDocument(vscode.Uri.parse(custom.doc));
        return id;
      }
      void vscode.window.showErrorMessage(`IaC Compliance: no rule ${id}.`);
      return undefined;
    }
    await vscode.commands.executeCommand('markdown.showPreview', doc);
    return id;
  }

  private isRulePage(uri: vscode.Uri): boolean {
    return uri.scheme === this.docsDir.scheme && path.posix.dirname(uri.path) === this.docsDir.path && RULE_PAGE.test(path.posix.basename(uri.path));
  }

  /** A rule page opened as text (a followed link): show the preview in its place. */
  private async redirect(tab: vscode.Tab): Promise<void> {
    if (!(tab.input instanceof vscode.TabInputText) || !this.isRulePage(tab.input.uri)) return;
    const name = path.posix.basename(tab.input.uri.path);
    const previewOpen = vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t !== tab && t.input instanceof vscode.TabInputWebview && t.label.includes(name)));
    if (previewOpen) return;
    await vscode.commands.executeCommand('markdown.showPreview', tab.input.uri);
    await vscode.window.tabGroups.close(tab, true);
  }

  dispose(): void {
    this.listener?.dispose();
  }
}
