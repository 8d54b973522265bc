// SPDX-License-Identifier: Apache-2.0
// Where the editor's actions write: an inline suppression of a finding written inside another block (a
// bucket's finding in its public access block) is read above that block; the variable a placeholder fix
// declares goes to the module's variables.tf when there is one, and is never declared twice.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisService } from '../../../server/src/service/analysis';
import { applyEdits } from '../../../server/src/fixes/text-edit';
import { ALL_RULES } from '../../../rules';
import { MemoryFs, TEST_TODAY } from '../../support/fixture-runner';

function workspace(files: Record<string, string>): AnalysisService {
  const fs = new MemoryFs();
  for (const [p, t] of Object.entries(files)) fs.files.set(p, t);
  return new AnalysisService({ fs, rules: ALL_RULES, today: TEST_TODAY });
}

const BUCKETS = (comment: string): string => `resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}

resource "aws_s3_bucket" "data" {
  bucket = "data"
}

${comment}resource "aws_s3_bucket_public_access_block" "data" {
  bucket = aws_s3_bucket.data.id

  block_public_acls       = false
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`;

const TRAIL = `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
`;

void describe('suppression placement', () => {
  void it("a finding of a bucket written in its public access block: the block's header is its place", () => {
    const service = workspace({ '/m/main.tf': BUCKETS('') });
    const a = service.analyzeFile('/m/main.tf');
    const f = a.findings.find((x) => x.ruleId === 'AWS-S3-001' && x.resource === 'aws_s3_bucket.data')!;
    assert.equal(a.lines.lspPosition(f.ref.span.start).line, 11);
    const block = a.enclosingBlock(f.ref.span.start)!;
    assert.equal(a.text.slice(block.header, block.header + 53), 'resource "aws_s3_bucket_public_access_block" "data" {');
    assert.equal(a.enclosingBlock(a.text.indexOf('"logs" {')), a.enclosingBlock(0));
    assert.equal(a.enclosingBlock(a.text.indexOf('\n\nresource "aws_s3_bucket" "data"') + 1), null, 'between blocks');
  });

  void it('the comment above that block suppresses the finding; a comment above an unrelated bucket does not', () => {
    const suppressed = workspace({ '/m/main.tf': BUCKETS('# iac-compliance:ignore AWS-S3-001 public website bucket, reviewed\n') }).analyzeFile('/m/main.tf');
    const f = suppressed.findings.find((x) => x.ruleId === 'AWS-S3-001' && x.resource === 'aws_s3_bucket.data')!;
    assert.deepEqual([f.suppressedBy?.origin, f.suppressedBy?.justification], ['inline', 'public website bucket, reviewed']);
    // The logs bucket's own AWS-S3-001 (no public access block at all) is not touched by it.
    assert.equal(suppressed.findings.find((x) => x.ruleId === 'AWS-S3-001' && x.resource === 'aws_s3_bucket.logs')?.suppressedBy, undefined);
    const elsewhere = BUCKETS('').replace('resource "aws_s3_bucket" "logs"', '# iac-compliance:ignore AWS-S3-001 only the logs bucket\nresource "aws_s3_bucket" "logs"');
    const a = workspace({ '/m/main.tf': elsewhere }).analyzeFile('/m/main.tf');
    assert.equal(a.findings.find((x) => x.ruleId === 'AWS-S3-001' && x.resource === 'aws_s3_bucket.data')?.suppressedBy, undefined);
  });

  void it('a placeholder variable goes to variables.tf when the module has one', () => {
    const variables = 'variable "region" {\n  type = string\n}\n';
    const service = workspace({ '/m/main.tf': TRAIL, '/m/variables.tf': variables });
    const f = service.analyzeFile('/m/main.tf').findings.find((x) => x.ruleId === 'AWS-CLOUDTRAIL-003' && x.kind === 'violation')!;
    const edits = service.fixEdits(f, f.fixes[0]!.id);
    assert.deepEqual([...edits.keys()].sort(), ['/m/main.tf', '/m/variables.tf']);
    const main = applyEdits(TRAIL, edits.get('/m/main.tf')!);
    assert.match(main, /kms_key_id += var\.cloudtrail_kms_key_arn\n/);
    assert.doesNotMatch(main, /variable "/);
    const vars = applyEdits(variables, edits.get('/m/variables.tf')!);
    assert.equal(vars.slice(0, variables.length), variables);
    assert.match(vars.slice(variables.length), /^\nvariable "cloudtrail_kms_key_arn" \{\n {2}description = "[^"\n]+"\n {2}type {8}= string\n\}\n$/);
    // Applied to both, the module parses, the finding is gone and the variable is declared once.
    const after = workspace({ '/m/main.tf': main, '/m/variables.tf': vars });
    const a = after.analyzeFile('/m/main.tf');
    assert.deepEqual(a.syntax, []);
    assert.equal(a.findings.some((x) => x.ruleId === 'AWS-CLOUDTRAIL-003' && x.kind === 'violation'), false);
    assert.deepEqual(after.analyzeFile('/m/variables.tf').syntax, []);
  });

  void it('without variables.tf it stays at the end of the file; a variable some file already declares is not declared again', () => {
    const alone = workspace({ '/m/main.tf': TRAIL });
    const f = alone.analyzeFile('/m/main.tf').findings.find((x) => x.ruleId === 'AWS-CLOUDTRAIL-003' && x.kind === 'violation')!;
    const edits = alone.fixEdits(f, f.fixes[0]!.id);
    assert.deepEqual([...edits.keys()], ['/m/main.tf']);
    assert.match(applyEdits(TRAIL, edits.get('/m/main.tf')!), /\nvariable "cloudtrail_kms_key_arn" \{\n/);

    const declared = 'variable "cloudtrail_kms_key_arn" {\n  type = string\n}\n';
    const other = workspace({ '/m/main.tf': TRAIL, '/m/inputs.tf': declared });
    const g = other.analyzeFile('/m/main.tf').findings.find((x) => x.ruleId === 'AWS-CLOUDTRAIL-003' && x.kind === 'violation')!;
    const e2 = other.fixEdits(g, g.fixes[0]!.id);
    assert.deepEqual([...e2.keys()], ['/m/main.tf']);
    assert.doesNotMatch(applyEdits(TRAIL, e2.get('/m/main.tf')!), /variable "/);
  });
});
