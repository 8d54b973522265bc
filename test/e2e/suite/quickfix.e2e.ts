// SPDX-License-Identifier: Apache-2.0
// Quick fixes through vscode.executeCodeActionProvider + workspace.applyEdit: the exact text, and the
// diagnostic clears while the others stay.

import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, open, shape, waitForCodes, waitForDiagnostics } from './helpers';

async function actionsFor(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
  // Code actions, not commands (our server sends CodeAction literals; no other extension serves these files).
  return actions.filter((a): a is vscode.CodeAction => !('command' in a && typeof a.command === 'string'));
}

describe('quick fix', () => {
  it('Terraform: "Enable automatic key rotation" writes the attribute and clears AWS-KMS-001', async () => {
    const editor = await open('quickfix/key.tf');
    const doc = editor.document;
    const before = await waitForCodes(doc.uri, ['AWS-KMS-001', 'AWS-EC2-001']);
    const actions = await actionsFor(doc, before[0]!);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind?.value, a.isPreferred ?? false]),
      [
        ['Enable automatic key rotation', 'quickfix', true],
        ['Suppress AWS-KMS-001 for aws_kms_key.app (type a justification)', 'quickfix', false],
      ],
    );
    assert.ok(actions[0]!.edit);
    assert.equal(await vscode.workspace.applyEdit(actions[0]!.edit), true);
    assert.equal(
      doc.getText().split('\n').slice(0, 5).join('\n'),
      ['resource "aws_kms_key" "app" {', '  description         = "application key"', '  enable_key_rotation = true', '}', ''].join('\n'),
    );
    const after = await waitForCodes(doc.uri, ['AWS-EC2-001']);
    assert.equal(shape(after[0]!).range, '12:4-12:31');
  });

  it('CloudFormation YAML: "Turn on all public access block settings" sets BlockPublicPolicy and clears AWS-S3-001', async () => {
    const editor = await open('quickfix/bucket.yaml');
    const doc = editor.document;
    const before = await waitForCodes(doc.uri, ['AWS-S3-003', 'AWS-S3-001']);
    const actions = await actionsFor(doc, before[1]!);
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Turn on all public access block settings (review: changes behaviour)', 'Suppress AWS-S3-001 for SiteBucket (type a justification)'],
    );
    const expected = doc.getText().replace('BlockPublicPolicy: false', 'BlockPublicPolicy: true');
    assert.equal(await vscode.workspace.applyEdit(actions[0]!.edit!), true);
    assert.equal(doc.getText(), expected);
    await waitForCodes(doc.uri, ['AWS-S3-003']);
  });

  it('one lightbulb entry per distinct edit: three findings of one rule on a resource share one suppression', async () => {
    const ingress = (port: number): string => `  ingress {\n    from_port   = ${port}\n    to_port     = ${port}\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n`;
    // Unsaved, so the workspace audit's file count is not changed by this test.
    const doc = await vscode.workspace.openTextDocument({ language: 'terraform', content: `resource "aws_security_group" "web" {\n  name = "web"\n${ingress(22)}${ingress(3389)}${ingress(22)}}\n` });
    await vscode.window.showTextDocument(doc);
    const found = await waitForDiagnostics(doc.uri, (ds) => ds.filter((d) => codeOf(d) === 'AWS-EC2-001').length === 3, 'three AWS-EC2-001 findings');
    assert.equal(found.filter((d) => codeOf(d) === 'AWS-EC2-001').length, 3);
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, whole, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.filter((a): a is vscode.CodeAction => !('command' in a && typeof a.command === 'string')).map((a) => a.title);
    assert.deepEqual(titles, ['Suppress AWS-EC2-001 for aws_security_group.web (type a justification)']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
