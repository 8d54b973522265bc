// SPDX-License-Identifier: Apache-2.0
// `npm run new-rule`: the id it allocates and how it registers the rule (scripts/new-rule.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../support/corpus';

interface NewRule {
  nextId(service: string, used: Set<number>): string;
  register(indexText: string, service: string, name: string): string;
}

/** The script is an ES module; a CommonJS test loads it with a real dynamic import (tsc would turn `import()` into `require`). */
const load = new Function('url', 'return import(url)') as (url: string) => Promise<NewRule>;
const script = (): string => join(repoRoot(), 'scripts', 'new-rule.mjs');

void test('the next free id follows the highest below 050 and never reuses one', async () => {
  const { nextId } = await load(pathToFileURL(script()).href);
  assert.equal(nextId('efs', new Set()), 'AWS-EFS-001');
  assert.equal(nextId('sqs', new Set([1, 50])), 'AWS-SQS-002');
  // A gap (a deleted rule's id) stays taken: allocation is past the highest ever used.
  assert.equal(nextId('s3', new Set([1, 3, 50])), 'AWS-S3-004');
});

void test('registration adds the import after the last rule import and the entry at the end of ALL_RULES', async () => {
  const { register } = await load(pathToFileURL(script()).href);
  const index = readFileSync(join(repoRoot(), 'rules', 'index.ts'), 'utf8');
  const out = register(index, 'efs', 'efs-some-check');
  const added = out.split('\n').filter((l) => !index.split('\n').includes(l));
  assert.deepEqual(added, ["import efsSomeCheck from './aws/efs/efs-some-check';", '  efsSomeCheck,']);
  assert.match(out, /efsSomeCheck,\n\];/);
  assert.throws(() => register(out, 'efs', 'efs-some-check'), /already imports/);
});

void test('a dry run names the id, the files and the setting without writing anything', () => {
  const r = spawnSync(process.execPath, [script(), 'efs', 'efs-some-check', '--kind', 'aws.efs.fileSystem', '--dry-run'], { cwd: repoRoot(), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^AWS-EFS-\d{3} efs-some-check over aws\.efs\.fileSystem \(setting encrypted\) \(dry run\)/);
  for (const f of ['rules/aws/efs/efs-some-check.ts', 'test/rules/aws/efs/efs-some-check/fail.tf', 'test/rules/aws/efs/efs-some-check/pass.cfn.yaml', 'rules/index.ts']) {
    assert.ok(r.stdout.includes(f), `${f} in ${r.stdout}`);
  }
  const bad = spawnSync(process.execPath, [script(), 'efs', 'efs-some-check', '--kind', 'aws.efs.nothing', '--dry-run'], { cwd: repoRoot(), encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /no catalog kind aws\.efs\.nothing; of efs: aws\.efs\.fileSystem, aws\.efs\.backupPolicy/);
});
