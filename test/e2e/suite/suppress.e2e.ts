// SPDX-License-Identifier: Apache-2.0
// The suppression code action inserts `# iac-compliance:ignore RULE-ID <justification>` above the resource
// and selects the placeholder; until a reason replaces it, it suppresses nothing (and says so); once a
// reason is typed over it the finding disappears.

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
    assert.equal(doc.lineAt(0).text, '# iac-compliance:ignore AWS-KMS-001 <justification>');
    // As the editor does after applying the edit: run the action's command, which selects the placeholder.
    assert.ok(suppress.command);
    await vscode.commands.executeCommand(suppress.command.command, ...(suppress.command.arguments ?? []));
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), doc.uri.toString());
    assert.equal(doc.getText(active.selection), '<justification>');
    assert.equal(doc.lineAt(1).text, 'resource "aws_kms_key" "legacy" {');
    const pending = await waitForCodes(doc.uri, ['AWS-KMS-001', 'suppression']);
    assert.deepEqual(shape(pending[1]!), {
      code: 'suppression',
      severity: 'Warning',
      range: '0:0-0:51',
      message: 'The suppression of AWS-KMS-001 still has the placeholder <justification>: type the reason over it.',
    });
    assert.equal(shape(pending[0]!).range, '1:0-1:31');
    // Type the reason over the selected placeholder.
    await vscode.commands.executeCommand('type', { text: 'rotation is done by the HSM team' });
    assert.equal(doc.lineAt(0).text, '# iac-compliance:ignore AWS-KMS-001 rotation is done by the HSM team');
    await waitForCodes(doc.uri, []);
  });
});
