// SPDX-License-Identifier: Apache-2.0
// The Compliance view (activity bar): a thin TreeDataProvider over compliance-tree.ts, which builds the
// nodes from the workspace audit's data. Clicking a resource opens its file at the line (`vscode.open`).
// The view's badge counts the audit's violations, its description the files audited (marked stale while
// an edit waits for the next audit).

import * as vscode from 'vscode';
import type { AuditResult } from '../../server/src/protocol';
import { STATUS_ICON, buildTree } from './compliance-tree';
import type { TreeNode } from './compliance-tree';

export const COMPLIANCE_VIEW_ID = 'iacCompliance.compliance';
/** Context key: an audit has filled the view (chooses the welcome text of an empty view). */
export const AUDITED_CONTEXT = 'iacCompliance.audited';

export class ComplianceView implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<TreeNode>;
  private roots: TreeNode[] = [];
  private readonly parents = new WeakMap<TreeNode, TreeNode>();
  /** The latest audit the view shows. */
  result: AuditResult | undefined;

  constructor() {
    this.view = vscode.window.createTreeView(COMPLIANCE_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
  }

  update(result: AuditResult): void {
    this.result = result;
    this.roots = result.tree ? buildTree(result.tree) : [];
    this.view.description = `${result.files} file${result.files === 1 ? '' : 's'}`;
    this.view.badge =
      result.findings > 0 ? { value: result.findings, tooltip: `${result.findings} violation${result.findings === 1 ? '' : 's'} in the workspace` } : undefined;
    void vscode.commands.executeCommand('setContext', AUDITED_CONTEXT, true);
    this.changed.fire(undefined);
  }

  /** Edits since the audit: the view says so until the next one lands. */
  markStale(): void {
    if (this.result) this.view.description = `${this.result.files} file${this.result.files === 1 ? '' : 's'} (updating…)`;
  }

  getTreeItem(n: TreeNode): vscode.TreeItem {
    const item = new vscode.TreeItem(n.label, n.children.length === 0 ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = n.id;
    item.description = n.description;
    item.tooltip = n.tooltip;
    item.contextValue = n.kind;
    if (n.status) {
      const { icon, color } = STATUS_ICON[n.status];
      item.iconPath = new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
    }
    if (n.location) {
      const uri = vscode.Uri.parse(n.location.uri);
      const at = new vscode.Position(Math.max(0, n.location.line - 1), Math.max(0, n.location.column - 1));
      item.command = { title: 'Open', command: 'vscode.open', arguments: [uri, { selection: new vscode.Range(at, at), preview: true } satisfies vscode.TextDocumentShowOptions] };
    }
    return item;
  }

  getChildren(n?: TreeNode): TreeNode[] {
    if (!n) return this.roots;
    // Children are built when first asked for (compliance-tree.ts); their parent is known then.
    for (const c of n.children) this.parents.set(c, n);
    return n.children;
  }

  getParent(n: TreeNode): TreeNode | undefined {
    return this.parents.get(n);
  }

  dispose(): void {
    this.view.dispose();
    this.changed.dispose();
  }
}
