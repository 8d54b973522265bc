// SPDX-License-Identifier: Apache-2.0
// Where the lightbulb writes (issue 14, item 9): "Suppress" invoked on a finding inside a nested block or a
// companion resource (a bucket's public access block) puts the comment above the block the finding is in
// (not above another resource), and that comment suppresses it once a reason is typed; a fix's placeholder
// variable goes to the module's variables.tf when it has one.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession, applyWorkspaceEdit, scratchUri } from './harness';
import { pinnedStart } from './expected';

const MAIN = `resource "aws_s3_bucket" "logs" {
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

resource "aws_instance" "web" {
  ami           = "ami-123"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "optional"
  }
}
`;

const TRAIL = 'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "logs"\n  is_multi_region_trail      = true\n  enable_log_file_validation = true\n}\n';

void describe('suppression and placeholder placement', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start(pinnedStart());
  });
  after(() => s.shutdown());

  void it('inside a public access block: the comment goes above that block, and suppresses once justified', async () => {
    const uri = scratchUri('placement', 'main.tf');
    const d = await s.diagnosticsAt(uri, s.open(uri, MAIN));
    const pab = d.find((x) => x.code === 'AWS-S3-001' && x.range.start.line === 11)!;
    assert.ok(pab, d.map((x) => `${String(x.code)}@${x.range.start.line}`).join(', '));
    const suppress = ((await s.codeActions(uri, pab.range, [pab])) ?? []).find((a) => a.title.startsWith('Suppress'))!;
    assert.equal(suppress.title, 'Suppress AWS-S3-001 for aws_s3_bucket.data (type a justification)');
    assert.deepEqual(suppress.edit, {
      changes: { [uri]: [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, newText: '# iac-compliance:ignore AWS-S3-001 <justification>\n' }] },
    });
    const justified = applyWorkspaceEdit(s.text(uri), suppress.edit, uri).replace('<justification>', 'public website, reviewed by security');
    const after = await s.diagnosticsAt(uri, s.replace(uri, justified));
    assert.equal(after.some((x) => x.code === 'AWS-S3-001' && x.range.start.line === 12), false, 'suppressed');
    assert.equal(after.some((x) => x.code === 'suppression'), false);
    // The logs bucket's own AWS-S3-001 (on its header) is still reported.
    assert.ok(after.some((x) => x.code === 'AWS-S3-001' && x.range.start.line === 0));
  });

  void it('inside a nested block of a resource: above that resource', async () => {
    const uri = scratchUri('placement-nested', 'main.tf');
    const d = await s.diagnosticsAt(uri, s.open(uri, MAIN));
    const imds = d.find((x) => x.code === 'AWS-EC2-003' && x.range.start.line === 21)!;
    assert.ok(imds, d.map((x) => `${String(x.code)}@${x.range.start.line}`).join(', '));
    const suppress = ((await s.codeActions(uri, imds.range, [imds])) ?? []).find((a) => a.title.startsWith('Suppress'))!;
    assert.deepEqual(suppress.edit?.changes?.[uri]?.map((e) => [e.range.start.line, e.newText]), [[17, '# iac-compliance:ignore AWS-EC2-003 <justification>\n']]);
  });

  void it("a fix's placeholder variable goes to variables.tf when the module has one", async () => {
    const uri = scratchUri('placement-vars', 'main.tf');
    const varsUri = scratchUri('placement-vars', 'variables.tf');
    const variables = 'variable "region" {\n  type = string\n}\n';
    s.open(varsUri, variables);
    const d = await s.diagnosticsAt(uri, s.open(uri, TRAIL));
    const kms = d.find((x) => x.code === 'AWS-CLOUDTRAIL-003' && x.severity !== 3)!;
    const fix = ((await s.codeActions(uri, kms.range, [kms])) ?? []).find((a) => !a.title.startsWith('Suppress'))!;
    assert.ok(fix);
    assert.deepEqual(Object.keys(fix.edit?.changes ?? {}).sort(), [uri, varsUri].sort());
    const main = applyWorkspaceEdit(TRAIL, fix.edit, uri);
    assert.doesNotMatch(main, /variable "/);
    assert.match(main, /var\.cloudtrail_kms_key_arn/);
    const vars = applyWorkspaceEdit(variables, fix.edit, varsUri);
    assert.match(vars, /^variable "region" \{\n {2}type = string\n\}\n\nvariable "cloudtrail_kms_key_arn" \{\n/);
  });
});
