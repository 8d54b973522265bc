// SPDX-License-Identifier: Apache-2.0
// The suppression code action inserts `# iac-compliance:ignore RULE-ID ` above the resource; without a
// reason it suppresses nothing (and says so); once a reason is typed the finding disappears.

import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { open, shape, waitForCodes } from './helpers';

describe('suppression', () => {
  it('inserts the comment, asks for a justification, and suppresses once one is typed', async () => {
    const editor = await open('suppress/suppress.tf');
    const doc = editor.document;
    const [kms] = await waitForCodes(doc.uri, ['AWS-KMS-001']);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, kms!.range, vscode.CodeActionKind.QuickFix.value);
    const suppress = actions.find((a) => a.title === 'Suppress AWS-KMS-001 for aws_kms_key.legacy (type a justification)');
    assert.ok(suppress?.edit, `actions: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(await vscode.workspace.applyEdit(suppress.edit), true);
    assert.equal(doc.lineAt(0).text, '# iac-compliance:ignore AWS-KMS-001 ');
    assert.equal(doc.lineAt(1).text, 'resource "aws_kms_key" "legacy" {');
    const pending = await waitForCodes(doc.uri, ['AWS-KMS-001', 'suppression']);
    assert.deepEqual(shape(pending[1]!), {
      code: 'suppression',
      severity: 'Warning',
      range: '0:0-0:36',
      message: 'The suppression of AWS-KMS-001 has no justification, so it does not suppress anything: add the reason after the rule id.',
    });
    assert.equal(shape(pending[0]!).range, '1:0-1:31');
    // Type the reason at the end of the comment.
    const end = doc.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: 'rotation is done by the HSM team' });
    assert.equal(doc.lineAt(0).text, '# iac-compliance:ignore AWS-KMS-001 rotation is done by the HSM team');
    await waitForCodes(doc.uri, []);
  });
});
