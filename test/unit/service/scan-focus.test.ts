// SPDX-License-Identifier: Apache-2.0
// AnalysisService.analyzeFile's `focus`: a scan of some of a Terraform folder's files leaves out the module
// calls written in the folder's other files (their findings are reported there), never the joins those
// calls make for the focused files' resources, and an analysis made for a focus is never served to a call
// that wants more (the editor, a file outside the focus).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisService } from '../../../server/src/service/analysis';
import type { FileAnalysis } from '../../../server/src/service/analysis';
import { ALL_RULES } from '../../../rules';
import { MemoryFs, TEST_TODAY } from '../../support/fixture-runner';
import { dbInstance } from '../../support/terraform-snippets';

const DB_MODULE = {
  '/r/modules/db/variables.tf': 'variable "encrypted" {\n  type    = bool\n  default = true\n}\n',
  '/r/modules/db/main.tf': dbInstance('this', { storage_encrypted: 'var.encrypted' }),
};

const PAB_MODULE = `variable "bucket_id" {}
resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = var.bucket_id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`;

/** Two calls that each cause an unencrypted instance, in two files, and a bucket whose companion a third call makes. */
const ROOT = {
  ...DB_MODULE,
  '/r/modules/pab/main.tf': PAB_MODULE,
  '/r/env/a.tf': 'module "db_a" {\n  source    = "../modules/db"\n  encrypted = false\n}\n',
  '/r/env/b.tf': 'module "db_b" {\n  source    = "../modules/db"\n  encrypted = false\n}\n',
  '/r/env/bucket.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "data"\n}\n',
  '/r/env/pab.tf': 'module "pab" {\n  source    = "../modules/pab"\n  bucket_id = aws_s3_bucket.b.id\n}\n',
};

function service(): AnalysisService {
  const fs = new MemoryFs();
  for (const [p, t] of Object.entries(ROOT)) fs.files.set(p, t);
  return new AnalysisService({ fs, rules: ALL_RULES, today: TEST_TODAY });
}

function rules(a: FileAnalysis): string[] {
  return a.findings.map((f) => `${f.ruleId} ${f.resource} ${f.kind}`).sort();
}

/** The findings on resources and calls (not the account-level "missing" ones, anchored in the folder's first file). */
function onResources(a: FileAnalysis): string[] {
  return a.findings.filter((f) => f.kind !== 'missing').map((f) => `${f.ruleId} ${f.resource}`).sort();
}

/** The module calls whose instances a file's verdicts count (at the call, in this file). */
function instanceCalls(a: FileAnalysis): string[] {
  const out = new Set<string>();
  for (const run of a.runs) for (const i of run.instances ?? []) out.add(`${i.at.file}:${i.address.split('.').slice(0, 2).join('.')}`);
  return [...out].sort();
}

void describe('analyzeFile with a focus', () => {
  void it('gives a focused file the results it has in the whole folder’s analysis', () => {
    const whole = service();
    const focused = service();
    for (const path of ['/r/env/a.tf', '/r/env/b.tf', '/r/env/bucket.tf', '/r/env/pab.tf']) {
      const full = whole.analyzeFile(path);
      const alone = focused.analyzeFile(path, new Set([path]));
      assert.deepEqual(rules(alone), rules(full), path);
      assert.deepEqual(
        instanceCalls(alone).filter((c) => c.startsWith(`${path}:`)),
        instanceCalls(full).filter((c) => c.startsWith(`${path}:`)),
        path,
      );
    }
    assert.deepEqual(onResources(whole.analyzeFile('/r/env/a.tf')), ['AWS-RDS-001 module.db_a'], 'the call in a.tf causes its finding');
  });

  void it('leaves out the calls of the folder’s other files', () => {
    const a = service().analyzeFile('/r/env/a.tf', new Set(['/r/env/a.tf']));
    assert.deepEqual(
      instanceCalls(a).map((c) => c.replace(/^.*:/, '')),
      ['module.db_a'],
      'only the focused file’s call is instantiated for its findings',
    );
  });

  void it('keeps the joins a call in another file makes for a focused file’s resource', () => {
    const s = service();
    // pab.tf's call makes the bucket's public access block: no "no public access block" for the bucket.
    assert.deepEqual(
      s.analyzeFile('/r/env/bucket.tf', new Set(['/r/env/bucket.tf'])).findings.filter((f) => f.ruleId === 'AWS-S3-001'),
      [],
    );
  });

  void it('never serves a focused analysis to a call that wants more', () => {
    const s = service();
    assert.deepEqual(onResources(s.analyzeFile('/r/env/a.tf', new Set(['/r/env/a.tf']))), ['AWS-RDS-001 module.db_a']);
    // b.tf for the whole folder (the editor): b.tf's call is analysed now.
    assert.deepEqual(onResources(s.analyzeFile('/r/env/b.tf')), ['AWS-RDS-001 module.db_b']);
    const s2 = service();
    s2.analyzeFile('/r/env/a.tf', new Set(['/r/env/a.tf']));
    assert.deepEqual(onResources(s2.analyzeFile('/r/env/b.tf', new Set(['/r/env/a.tf', '/r/env/b.tf']))), ['AWS-RDS-001 module.db_b'], 'a wider focus analyses again');
    // The whole folder's analysis serves any focus.
    const s3 = service();
    s3.analyzeFile('/r/env/pab.tf');
    assert.deepEqual(onResources(s3.analyzeFile('/r/env/a.tf', new Set(['/r/env/a.tf']))), ['AWS-RDS-001 module.db_a']);
  });

  void it('reads a called module for joins only when the call makes an instance, and a missing one still counts', () => {
    const files: Record<string, string> = {
      '/q/modules/pab/main.tf': PAB_MODULE,
      '/q/env/variables.tf': 'variable "on" {\n  type    = bool\n  default = false\n}\n',
      '/q/env/bucket.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "data"\n}\nresource "aws_s3_bucket" "c" {\n  bucket = "more"\n}\n',
      // No instance with the default: nothing of ../modules/pab is needed but that it is there.
      '/q/env/pab.tf': 'module "pab" {\n  source    = "../modules/pab"\n  count     = var.on ? 1 : 0\n  bucket_id = aws_s3_bucket.b.id\n}\n',
      // Not on disk, given a reference to bucket c: c's public access block is unknown, instances or not.
      '/q/env/gone.tf': 'module "gone" {\n  source    = "../modules/gone"\n  count     = var.on ? 1 : 0\n  bucket_id = aws_s3_bucket.c.id\n}\n',
    };
    const read: string[] = [];
    const make = (): AnalysisService => {
      const fs = new MemoryFs();
      for (const [p, t] of Object.entries(files)) fs.files.set(p, t);
      const reading = { readFile: (p: string) => (read.push(p), fs.readFile(p)), readDir: (d: string) => fs.readDir(d) };
      return new AnalysisService({ fs: reading, rules: ALL_RULES, today: TEST_TODAY });
    };
    const s3 = (a: FileAnalysis): string[] => [...new Set(a.findings.filter((f) => f.ruleId === 'AWS-S3-001').map((f) => `${f.resource} ${f.kind}`))];
    const focused = make().analyzeFile('/q/env/bucket.tf', new Set(['/q/env/bucket.tf']));
    assert.ok(!read.includes('/q/modules/pab/main.tf'), `not read: ${read.join(', ')}`);
    assert.deepEqual(s3(focused), ['aws_s3_bucket.b violation', 'aws_s3_bucket.c unverifiable']);
    assert.deepEqual(s3(make().analyzeFile('/q/env/bucket.tf')), s3(focused), 'the whole folder’s analysis says the same');
    // With an instance, the module is read and its public access block joins bucket b.
    files['/q/env/variables.tf'] = files['/q/env/variables.tf']!.replace('false', 'true');
    read.length = 0;
    assert.deepEqual(s3(make().analyzeFile('/q/env/bucket.tf', new Set(['/q/env/bucket.tf']))), ['aws_s3_bucket.c unverifiable']);
    assert.ok(read.includes('/q/modules/pab/main.tf'));
  });
});
