// SPDX-License-Identifier: Apache-2.0
// Typing: a half-finished attribute gives a syntax diagnostic and a "cannot verify" note on that resource
// (a hint, the default of iacCompliance.cannotVerifySeverity) once the typing pauses, and keeps the
// findings of the other resources throughout; finishing it clears both (see "While typing" in
// docs/architecture.md).

import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { open, REFS, shape, waitForCodes, waitForShapes, type Shape } from './helpers';

describe('typing', () => {
  it('a half-typed attribute keeps the diagnostics of the other resources', async () => {
    const editor = await open('typing/typing.tf');
    const doc = editor.document;
    await waitForCodes(doc.uri, ['AWS-KMS-001', 'AWS-RDS-002']);
    // Cursor at the end of line 1 (`  description = "first key"`), then type a new line as a person would.
    const eol = doc.lineAt(1).range.end;
    editor.selection = new vscode.Selection(eol, eol);
    await vscode.commands.executeCommand('type', { text: '\n' });
    await vscode.commands.executeCommand('type', { text: 'enable_key_rotation =' });
    assert.equal(doc.lineAt(2).text, '  enable_key_rotation =');
    const expected: Shape[] = [
      { code: 'syntax', severity: 'Error', range: '2:23-3:0', message: 'Invalid expression: Expected the start of an expression, but found an invalid expression token.' },
      { code: 'AWS-KMS-001', severity: 'Hint', range: '2:2-2:23', message: `Cannot verify whether key rotation is enabled: the expression has a syntax error. ${REFS.KMS_001}` },
      { code: 'AWS-RDS-002', severity: 'Error', range: '10:2-10:28', message: `The instance is publicly accessible. ${REFS.RDS_002}` },
    ];
    const half = await waitForShapes(doc.uri, expected);
    assert.deepEqual(half.map(shape), expected);
    await vscode.commands.executeCommand('type', { text: ' true' });
    assert.equal(doc.lineAt(2).text, '  enable_key_rotation = true');
    const done = await waitForCodes(doc.uri, ['AWS-RDS-002']);
    assert.equal(shape(done[0]!).range, '10:2-10:28');
  });
});
