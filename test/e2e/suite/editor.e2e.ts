// SPDX-License-Identifier: Apache-2.0
// Terraform editing in the real editor (issue 14, items 2, 3 and 9), on untitled Terraform documents so
// the workspace the audit counts is unchanged: the language configuration (2-space tabs, `#` toggled by
// "Toggle Line Comment"), semantic tokens from our parser (exact, through VS Code's own command), snippets
// offered at the top level and not inside an expression, and the suppression comment placed above the
// block the finding is written in.

import * as assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, waitForDiagnostics, waitForText } from './helpers';

const SAMPLE = 'resource "aws_kms_key" "k" {\n  enable_key_rotation = true # yearly\n  description         = "${var.app} key"\n}\n';

const EXPECTED_TOKENS = [
  '0:0 keyword "resource"',
  '0:9 type "\\"aws_kms_key\\""',
  '0:23 variable.declaration "\\"k\\""',
  '1:2 property.declaration "enable_key_rotation"',
  '1:22 operator "="',
  '1:24 keyword "true"',
  '1:29 comment "# yearly"',
  '2:2 property.declaration "description"',
  '2:22 operator "="',
  '2:24 string "\\""',
  '2:25 operator "${"',
  '2:27 variable.defaultLibrary "var"',
  '2:31 property "app"',
  '2:34 operator "}"',
  '2:35 string " key\\""',
];

const BUCKETS = `resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}

resource "aws_s3_bucket" "data" {
  bucket = "data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket = aws_s3_bucket.data.id

  block_public_acls       = false
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`;

async function untitled(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'terraform', content });
  return vscode.window.showTextDocument(doc, { preview: false });
}

function decode(doc: vscode.TextDocument, tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): string[] {
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, length, type, bits] = [tokens.data[i]!, tokens.data[i + 1]!, tokens.data[i + 2]!, tokens.data[i + 3]!, tokens.data[i + 4]!];
    line += dl;
    character = dl === 0 ? character + dc : dc;
    const mods = legend.tokenModifiers.filter((_, b) => bits & (1 << b));
    out.push(`${line}:${character} ${[legend.tokenTypes[type], ...mods].join('.')} ${JSON.stringify(doc.lineAt(line).text.slice(character, character + length))}`);
  }
  return out;
}

describe('terraform editing', () => {
  after(async () => {
    // Leave no dirty untitled editor behind (a save prompt would block the run's exit).
    for (let i = 0; i < 8 && vscode.window.activeTextEditor?.document.isUntitled; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('suppress inside a public access block: the comment goes above that block', async () => {
    const { document } = await untitled(BUCKETS);
    const [pab] = (await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'AWS-S3-001' && d.range.start.line === 11), 'AWS-S3-001 in the public access block')).filter(
      (d) => codeOf(d) === 'AWS-S3-001' && d.range.start.line === 11,
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, pab!.range, vscode.CodeActionKind.QuickFix.value);
    const suppress = actions.find((a) => a.title === 'Suppress AWS-S3-001 for aws_s3_bucket.data (type a justification)');
    assert.ok(suppress?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(await vscode.workspace.applyEdit(suppress.edit), true);
    assert.equal(document.lineAt(8).text, '# iac-compliance:ignore AWS-S3-001 <justification>');
    assert.equal(document.lineAt(9).text, 'resource "aws_s3_bucket_public_access_block" "data" {');
    assert.equal(document.lineAt(4).text, 'resource "aws_s3_bucket" "data" {');
  });

  it('language configuration: 2-space indentation and `#` line comments', async () => {
    const editor = await untitled('resource "aws_kms_key" "k" {\n  description = "x"\n}\n');
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'terraform' }).get('tabSize'), 2);
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'terraform' }).get('insertSpaces'), true);
    editor.selection = new vscode.Selection(1, 4, 1, 4);
    await vscode.commands.executeCommand('editor.action.commentLine');
    await waitForText(editor.document, (t) => t.includes('  # description = "x"'), 'the line commented with #');
  });

  it('semantic tokens from our parser, exact', async () => {
    const { document } = await untitled(SAMPLE);
    // The server registered the provider when it initialized (the suppression test above waited on its diagnostics).
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
    assert.ok(legend && tokens, 'a semantic tokens provider answers for Terraform');
    assert.deepEqual(decode(document, tokens, legend), EXPECTED_TOKENS);
  });

  it('snippets at the top level, none after an expression inside a block', async () => {
    const { document } = await untitled(`${BUCKETS}\n`);
    const labels = async (line: number, character: number): Promise<string[]> => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(line, character));
      // Ours are snippets; word-based suggestions (kind Text) come from every open document.
      return list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).filter((l) => l.startsWith('iac-'));
    };
    const top = await labels(17, 0);
    assert.ok(top.includes('iac-s3-bucket') && top.includes('iac-rds-instance'), JSON.stringify(top));
    // Right after `aws_s3_bucket.data.id`, where Enter used to accept a 20-line RDS snippet.
    assert.deepEqual(await labels(9, 32), []);
    assert.deepEqual(await labels(10, 0), []);
  });
});
