// SPDX-License-Identifier: Apache-2.0
// The Compliance view (activity bar): filled from the workspace audit with the audit's own counts;
// framework → control → resource with statuses; a click on a resource opens its file at the finding; kept
// current while visible, after a file appears on disk and after an unsaved edit.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { AuditResult, TreeFramework } from '../../../server/src/protocol';
import type { TreeNode } from '../../../client/src/compliance-tree';
import { waitForCodes, waitForEvent, wsUri } from './helpers';

const EXTENSION_ID = 'iac-compliance.iac-compliance';
/** Background re-runs wait for a quiet time (1.5 s) and then audit: more than the default 20 s on a busy machine is not needed. */
const REFRESH_TIMEOUT_MS = 30_000;

interface ComplianceApi {
  result: AuditResult | undefined;
  view: vscode.TreeView<TreeNode>;
  onDidChangeTreeData: vscode.Event<TreeNode | undefined>;
  getChildren(n?: TreeNode): TreeNode[];
  getTreeItem(n: TreeNode): vscode.TreeItem;
}

function api(): ComplianceApi {
  const ext = vscode.extensions.getExtension<{ compliance: ComplianceApi }>(EXTENSION_ID);
  assert.ok(ext?.isActive, `${EXTENSION_ID} is active`);
  return ext.exports.compliance;
}

function all(view: ComplianceApi, nodes = view.getChildren()): TreeNode[] {
  return nodes.flatMap((n) => [n, ...all(view, view.getChildren(n))]);
}

function find(view: ComplianceApi, id: string): TreeNode | undefined {
  return all(view).find((n) => n.id === id);
}

describe('Compliance view', () => {
  const dir = path.join(wsUri('').fsPath, 'view');
  const file = path.join(dir, 'key.tf');

  before(async () => {
    // Shown as a user would: the activity bar's IaC Compliance container.
    await vscode.commands.executeCommand('workbench.view.extension.iacCompliance');
    await waitForEvent(api().view.onDidChangeVisibility, () => api().view.visible, 'the Compliance view to be visible');
  });

  after(async () => {
    // Hidden again, so later tests do not see background audits.
    await vscode.commands.executeCommand('workbench.view.explorer');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is filled from the audit, with the audit’s counts per framework', async () => {
    const result = await vscode.commands.executeCommand<AuditResult>('iacCompliance.rerunAudit');
    assert.ok(result?.tree, 'Re-run Audit returns the audit with its tree data');
    const view = api();
    assert.equal(view.result, result, 'the view shows this audit');
    const roots = view.getChildren();
    const frameworks = roots.filter((r) => r.kind === 'framework');
    assert.deepEqual(
      frameworks.map((f) => f.id),
      (result.scores ?? []).map((s) => `framework/${s.id}`),
      'one root per framework score the status bar knows',
    );
    assert.ok(frameworks.length >= 2, 'CIS and SOC 2 at least');
    for (const f of frameworks) {
      const score = result.scores!.find((s) => `framework/${s.id}` === f.id)!;
      const controls = view.getChildren(f).flatMap((c) => (c.kind === 'group' ? view.getChildren(c) : [c]));
      const count = (...statuses: string[]): number => controls.filter((c) => statuses.includes(c.status!)).length;
      assert.equal(count('pass'), score.pass, `${f.label}: pass`);
      // The status bar's "fail" counts exceptions without a justification as failing, as the report does.
      assert.equal(count('fail', 'excepted-unjustified'), score.fail, `${f.label}: fail`);
      assert.equal(count('unknown'), score.unknown ?? 0, `${f.label}: unknown`);
      const data: TreeFramework = result.tree.frameworks.find((x) => `framework/${x.id}` === f.id)!;
      assert.equal(controls.length, data.controls.length, `${f.label}: every control once`);
    }
    assert.equal(view.view.badge?.value, result.findings > 0 ? result.findings : undefined, 'the badge counts the violations');
  });

  it('lists the resources behind a control; a click opens the file at the finding', async () => {
    const view = api();
    // CIS AWS 5.0.0 5.3: no RDP from anywhere (audit/network.tf, never opened by the suite).
    const control = find(view, 'framework/cis-aws-5.0.0:level1/5.3');
    assert.ok(control, 'control 5.3 in the CIS Level 1 view');
    assert.equal(control.status, 'fail');
    const rdp = view.getChildren(control).find((r) => r.label === 'aws_security_group.rdp');
    assert.ok(rdp, `the RDP security group under 5.3: ${JSON.stringify(view.getChildren(control).map((r) => r.label))}`);
    assert.equal(rdp.status, 'fail');
    assert.equal(rdp.description, 'AWS-EC2-001 · audit/network.tf:1');
    const item = view.getTreeItem(rdp);
    assert.ok(item.iconPath instanceof vscode.ThemeIcon && item.iconPath.id === 'error', 'a failing resource shows the error icon');
    assert.equal(item.command?.command, 'vscode.open');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor opened');
    assert.equal(editor.document.uri.toString(), wsUri('audit/network.tf').toString());
    // The finding: cidr_blocks = ["0.0.0.0/0"] on line 8.
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [7, 4]);
  });

  it('is kept current: a new file on disk, then an unsaved edit, re-run the audit', async () => {
    const view = api();
    const keyNode = (): TreeNode | undefined => {
      const control = find(view, 'framework/cis-aws-5.0.0:all/3.6');
      return control ? view.getChildren(control).find((r) => r.label === 'aws_kms_key.view') : undefined;
    };
    assert.equal(keyNode(), undefined);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, 'resource "aws_kms_key" "view" {\n  description = "view"\n}\n');
    await waitForEvent(view.onDidChangeTreeData, () => keyNode()?.status === 'fail', 'aws_kms_key.view failing under CIS 3.6', REFRESH_TIMEOUT_MS);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const editor = await vscode.window.showTextDocument(doc);
    await waitForCodes(doc.uri, ['AWS-KMS-001']);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(1, 0), '  enable_key_rotation = true\n')));
    await waitForCodes(doc.uri, []);
    await waitForEvent(view.onDidChangeTreeData, () => keyNode()?.status === 'pass', 'aws_kms_key.view passing after the edit', REFRESH_TIMEOUT_MS);
    assert.equal(doc.isDirty, true, 'the edit was not saved: the view follows the editor');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
