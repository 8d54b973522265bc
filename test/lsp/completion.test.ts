// SPDX-License-Identifier: Apache-2.0
// textDocument/completion (issue 14, item 3): the compliant snippets come from the server, at the top
// level of a .tf file and directly under a template's Resources, and nowhere else: not after
// `aws_s3_bucket.logs.id` inside a block (where Enter used to insert a 20-line RDS snippet).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, Position } from 'vscode-languageserver';
import { LspSession, scratchUri } from './harness';
import { pinnedStart } from './expected';

const TF = 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n\nresource "aws_s3_bucket_policy" "logs" {\n  bucket = aws_s3_bucket.logs.id\n}\n\n';

void describe('completion: snippets where a resource can start', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start(pinnedStart());
  });
  after(() => s.shutdown());

  const complete = async (uri: string, position: Position): Promise<CompletionItem[]> =>
    (await s.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position })).items;

  void it('announces completion', () => {
    assert.ok(s.initializeResult.capabilities.completionProvider);
  });

  void it('terraform: every snippet at the top level, replacing the typed prefix, none inside a block or after an expression', async () => {
    const uri = scratchUri('completion', 'main.tf');
    s.open(uri, `${TF}iac-s3`);
    const top = await complete(uri, { line: 8, character: 6 });
    assert.deepEqual(
      top.map((i) => i.label),
      [
        ...['iac-s3-bucket', 'iac-cloudtrail', 'iac-kms-key', 'iac-vpc', 'iac-security-group', 'iac-ec2-instance', 'iac-launch-template', 'iac-rds-instance', 'iac-iam-role', 'iac-log-metric-alarm'],
        ...['iac-azure-storage-account', 'iac-azure-key-vault', 'iac-azure-sql', 'iac-azure-nsg', 'iac-azure-vm', 'iac-azure-app-service', 'iac-azure-aks'],
      ],
    );
    const bucket = top[0]!;
    assert.deepEqual([bucket.kind, bucket.insertTextFormat, bucket.insertTextMode, bucket.detail], [15, 2, 2, 'Compliant S3 bucket']);
    assert.ok(bucket.textEdit && 'range' in bucket.textEdit);
    assert.deepEqual(bucket.textEdit.range, { start: { line: 8, character: 0 }, end: { line: 8, character: 6 } });
    assert.match(bucket.textEdit.newText, /^resource "aws_kms_key" "\$\{1:name\}" \{\n/);
    assert.doesNotMatch(bucket.textEdit.newText, /mfa_delete/);
    // After `aws_s3_bucket.logs.id` (end of line 5), and on a new line inside that block.
    assert.deepEqual(await complete(uri, { line: 5, character: 32 }), []);
    s.change(uri, [{ range: { start: { line: 5, character: 32 }, end: { line: 5, character: 32 } }, text: '\n  ' }]);
    assert.deepEqual(await complete(uri, { line: 6, character: 2 }), []);
    // In a string and in a comment.
    assert.deepEqual(await complete(uri, { line: 1, character: 13 }), []);
  });

  void it('cloudformation: under Resources only; JSON gets the comma it needs', async () => {
    const yaml = scratchUri('completion', 'stack.yaml');
    s.open(yaml, 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n  iac\n');
    const items = await complete(yaml, { line: 4, character: 5 });
    assert.equal(items.length, 10);
    assert.ok(items[0]!.textEdit && 'range' in items[0]!.textEdit);
    assert.deepEqual(items[0]!.textEdit.range, { start: { line: 4, character: 2 }, end: { line: 4, character: 5 } });
    assert.deepEqual(await complete(yaml, { line: 3, character: 4 }), [], 'inside the resource');

    const json = scratchUri('completion', 'stack.json');
    s.open(json, '{\n  "Resources": {\n    "Topic": {"Type": "AWS::SNS::Topic"}\n    iac\n  }\n}\n');
    const [first] = await complete(json, { line: 3, character: 7 });
    assert.deepEqual(first?.additionalTextEdits, [{ range: { start: { line: 2, character: 40 }, end: { line: 2, character: 40 } }, newText: ',' }]);
  });
});
