// SPDX-License-Identifier: Apache-2.0
// editor.codeActionsOnSave with source.fixAll.iacCompliance: saving applies the safe fixes only (SSE-S3
// encryption, key rotation), never the ones that change behaviour (public access block, HTTPS-only
// policy, making the database private).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { open, setSetting, shape, waitForCodes, waitForText } from './helpers';

const EXPECTED = `resource "aws_s3_bucket" "data" {
  bucket = "acme-data-2"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_kms_key" "data" {
  description         = "data key"
  enable_key_rotation = true
}

resource "aws_db_instance" "db" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  storage_encrypted   = true
  publicly_accessible = true
}
`;

describe('fix all on save', () => {
  before(async () => {
    await setSetting('editor', 'codeActionsOnSave', { 'source.fixAll.iacCompliance': 'explicit' });
  });
  after(async () => {
    await setSetting('editor', 'codeActionsOnSave', undefined);
  });

  it('source.fixAll.iacCompliance applies only the safe fixes', async () => {
    const editor = await open('fixall/fixall.tf');
    const doc = editor.document;
    await waitForCodes(doc.uri, ['AWS-S3-001', 'AWS-S3-002', 'AWS-S3-003', 'AWS-KMS-001', 'AWS-RDS-002']);
    // An edit, so there is something to save.
    const at = doc.getText().indexOf('acme-data') + 'acme-data'.length;
    assert.ok(await editor.edit((b) => b.insert(doc.positionAt(at), '-2')));
    assert.ok(doc.isDirty);
    await vscode.commands.executeCommand('workbench.action.files.save');
    await waitForText(doc, (t) => t === EXPECTED, 'the safe fixes');
    assert.equal(doc.getText(), EXPECTED);
    assert.equal(doc.isDirty, false);
    assert.equal(fs.readFileSync(doc.uri.fsPath, 'utf8'), EXPECTED);
    const ds = await waitForCodes(doc.uri, ['AWS-S3-001', 'AWS-S3-003', 'AWS-RDS-002']);
    assert.deepEqual(
      ds.map((d) => [shape(d).code, shape(d).range]),
      [
        ['AWS-S3-001', '0:0-0:31'],
        ['AWS-S3-003', '0:0-0:31'],
        ['AWS-RDS-002', '24:2-24:28'],
      ],
    );
  });
});
