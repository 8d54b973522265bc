// SPDX-License-Identifier: Apache-2.0
// Joins across module calls (server/src/service/module-joins.ts) on hostile shapes, generated here: calls
// with for_each nested three deep (12 x 12 x 12 instances) use up MAX_JOIN_INSTANCES, in bounded time; a
// later call is then not read, and the companion it would make leaves the join "cannot verify" (a `limit`
// unknown), never a confident "none".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisService } from '../../server/src/service/analysis';
import { ALL_RULES } from '../../rules';
import { MemoryFs, TEST_TODAY } from '../support/fixture-runner';
import { MAX_JOIN_INSTANCES } from '../../server/src/service/module-joins';

const fanOut = (next: string): string => `variable "bucket_id" {}\n\nmodule "next" {\n  source    = "${next}"\n  for_each  = toset([for i in range(12) : tostring(i)])\n  bucket_id = var.bucket_id\n}\n`;

void describe('module joins: hostile shapes', () => {
  void it(`nested for_each calls stop at ${MAX_JOIN_INSTANCES} instances, in bounded time, and what is left unread is "cannot verify"`, () => {
    const fs = new MemoryFs();
    const root = 'resource "aws_s3_bucket" "b" {\n  bucket = "data"\n}\n\nmodule "fan" {\n  source    = "./a"\n  bucket_id = aws_s3_bucket.b.id\n}\n\nmodule "late" {\n  source    = "./late"\n  bucket_id = aws_s3_bucket.b.id\n}\n';
    fs.files.set('/r/main.tf', root);
    fs.files.set('/r/a/main.tf', fanOut('../b'));
    fs.files.set('/r/b/main.tf', fanOut('../c'));
    fs.files.set('/r/c/main.tf', fanOut('../d'));
    fs.files.set('/r/d/main.tf', 'variable "bucket_id" {}\n');
    // The companion is made by the call the budget never reaches.
    fs.files.set('/r/late/main.tf', 'variable "bucket_id" {}\n\nresource "aws_s3_bucket_versioning" "v" {\n  bucket = var.bucket_id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n');
    const started = Date.now();
    const a = new AnalysisService({ fs, rules: ALL_RULES, today: TEST_TODAY }).analyzeFile('/r/main.tf');
    assert.ok(Date.now() - started < 60_000, `took ${Date.now() - started} ms`);
    const versioning = a.findings.filter((f) => f.ruleId === 'AWS-S3-005');
    assert.ok(versioning.length > 0);
    for (const f of versioning) {
      assert.equal(f.kind, 'unverifiable');
      assert.deepEqual(f.unknown, { kind: 'limit', what: 'module instances read for joins' });
      assert.match(f.message, /module\.[^ ]*, which is given a reference to it and is not read for joins \(more than 1000 module instances\)/);
    }
  });
});
