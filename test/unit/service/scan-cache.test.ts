// SPDX-License-Identifier: Apache-2.0
// The on-disk scan cache (service/scan-cache.ts, `scan --cache DIR`): a second scan of unchanged folders
// reuses every folder's results and reports exactly what a scan without the cache reports; any change to
// what a folder's analysis read (a file of a module it calls, a new tfvars file, the folder's listing) or
// to the scan's key (evaluation inputs, the date, the rules) gives that folder a fresh analysis; a damaged
// entry is a miss, never an error.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { scan, scanCacheOf } from '../../../server/src/report/scan-result';
import type { ScanOptions, ScanResult } from '../../../server/src/report/scan-result';
import { ALL_RULES } from '../../../rules';
import { dbInstance } from '../../support/terraform-snippets';

const WORKSPACE: Record<string, string> = {
  'modules/db/variables.tf': 'variable "encrypted" {\n  type    = bool\n  default = true\n}\n',
  'modules/db/main.tf': dbInstance('this', { storage_encrypted: 'var.encrypted' }),
  'env/main.tf': 'variable "enc" {\n  type    = bool\n  default = true\n}\nmodule "db" {\n  source    = "../modules/db"\n  encrypted = var.enc\n}\nresource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n',
  'stack/template.yaml': 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n',
};

function workspace(): { root: string; cacheDir: string; write(path: string, text: string): void; done(): void } {
  const base = mkdtempSync(join(tmpdir(), 'iac-scan-cache-'));
  const root = join(base, 'ws');
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  for (const [p, t] of Object.entries(WORKSPACE)) write(p, t);
  return { root, cacheDir: join(base, 'cache'), write, done: () => rmSync(base, { recursive: true, force: true }) };
}

/** Runs `f` on a fresh copy of WORKSPACE, deleted after. */
function inWorkspace(f: (w: ReturnType<typeof workspace>) => void): void {
  const w = workspace();
  try {
    f(w);
  } finally {
    w.done();
  }
}

/** What a scan reports, without the cache's counts. */
function reported(r: ScanResult): string {
  const { cache: _cache, rules: _rules, ...rest } = r;
  return JSON.stringify(rest);
}

/** Equal reports (compared whole; a failure names what differs, not 150 KB of JSON). */
function same(a: ScanResult, b: ScanResult, what: string): void {
  assert.ok(reported(a) === reported(b), `${what}: the reports differ`);
}

function run(root: string, options: ScanOptions = {}): ScanResult {
  return scan([root], ALL_RULES, { config: false, ...options });
}

describe('scan cache (three folders: a module, the root calling it, a template)', () => {
  it('reuses every folder of an unchanged workspace and reports what a scan without it reports', () => {
    inWorkspace((w) => {
      const plain = run(w.root);
      const cold = run(w.root, { cache: w.cacheDir });
      same(cold, plain, 'cold');
      assert.deepEqual(cold.cache, { hits: 0, misses: 3, stored: 3 });
      const warm = run(w.root, { cache: w.cacheDir });
      same(warm, plain, 'warm');
      assert.deepEqual(warm.cache, { hits: 3, misses: 0, stored: 0 });
      // A findings-only scan (JSON, SARIF) reads the full digests, narrowed, as if it had made its own.
      const findingsOnly = run(w.root, { cache: w.cacheDir, scope: 'findings' });
      assert.deepEqual(findingsOnly.cache, { hits: 3, misses: 0, stored: 0 });
      same(findingsOnly, run(w.root, { scope: 'findings' }), 'findings only, from full digests');
      assert.ok(findingsOnly.digests.every((d) => d.findingsOnly && d.evidence.length === 0));
      // Its own entries are kept apart: a cache filled by findings-only scans serves no scan with verdicts.
      const other = join(w.cacheDir, '..', 'findings-cache');
      run(w.root, { cache: other, scope: 'findings' });
      assert.equal(run(w.root, { cache: other, scope: 'findings' }).cache?.hits, 3);
      assert.equal(run(w.root, { cache: other }).cache?.hits, 0);
    });
  });

  it('analyses again a folder whose called module changed, and only that folder', () => {
    inWorkspace((w) => {
      run(w.root, { cache: w.cacheDir });
      w.write('modules/db/variables.tf', 'variable "encrypted" {\n  type    = bool\n  default = false\n}\n');
      const after = run(w.root, { cache: w.cacheDir });
      const fresh = run(w.root);
      same(after, fresh, 'after the module changed');
      // env/ (which calls the module) and modules/db/ are analysed again, stack/ is not.
      assert.deepEqual(after.cache, { hits: 1, misses: 2, stored: 2 });
      assert.ok(fresh.findings.some((f) => f.file === 'modules/db/main.tf' && f.ruleId.startsWith('AWS-RDS')), 'the changed default is found');
    });
  });

  it('analyses again a folder that gained a tfvars file, and one scanned with other variable values', () => {
    inWorkspace((w) => {
      const before = run(w.root, { cache: w.cacheDir });
      w.write('env/terraform.tfvars', 'enc = false\n');
      const after = run(w.root, { cache: w.cacheDir });
      same(after, run(w.root), 'after the tfvars file');
      const atCall = (r: ScanResult): number => r.findings.filter((f) => f.file === 'env/main.tf' && f.ruleId.startsWith('AWS-RDS')).length;
      assert.ok(atCall(after) > atCall(before), 'the tfvars file changes what env/ reports');
      assert.equal(after.cache?.hits, 2);
      rmSync(join(w.root, 'env/terraform.tfvars'));
      const inputs: ScanOptions['inputs'] = { defaults: 'assume', terraformVars: new Map([['enc', { value: false, ref: { file: '<command line>', span: { start: 0, end: 0 } }, origin: 'cli-var' }]]) };
      const withVar = run(w.root, { cache: w.cacheDir, inputs });
      assert.equal(withVar.cache?.hits, 0, 'other inputs, another key');
      same(withVar, run(w.root, { inputs }), 'with --var');
      assert.ok(withVar.findings.some((f) => f.file === 'env/main.tf' && f.ruleId.startsWith('AWS-RDS')), 'the value given is used');
    });
  });

  it('analyses again a folder whose called module gained a file (the listing it read changed)', () => {
    inWorkspace((w) => {
      const before = run(w.root, { cache: w.cacheDir });
      // Made by the call, the policy is the root's too: env/ no longer misses the control.
      w.write('modules/db/account.tf', 'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length = 14\n  password_reuse_prevention = 24\n}\n');
      const after = run(w.root, { cache: w.cacheDir });
      same(after, run(w.root), 'after the module gained a file');
      const missing = (r: ScanResult): string[] => r.findings.filter((f) => f.file === 'env/main.tf' && f.kind === 'missing').map((f) => f.ruleId);
      assert.ok(missing(before).includes('AWS-IAM-002') && !missing(after).includes('AWS-IAM-002'), 'the call now makes the policy');
      assert.deepEqual(after.cache, { hits: 1, misses: 2, stored: 2 });
    });
  });

  it('treats a damaged or foreign entry as a miss', () => {
    inWorkspace((w) => {
      const plain = run(w.root);
      run(w.root, { cache: w.cacheDir });
      const entries = readdirSync(w.cacheDir);
      assert.equal(entries.length, 3);
      writeFileSync(join(w.cacheDir, entries[0]!), 'not a cache entry');
      writeFileSync(join(w.cacheDir, entries[1]!), '');
      const again = run(w.root, { cache: w.cacheDir });
      same(again, plain, 'with damaged entries');
      assert.deepEqual(again.cache, { hits: 1, misses: 2, stored: 2 });
    });
  });

  it('keys on the date (suppressions expire), the rules and the evaluation inputs', () => {
    const key = (options: ScanOptions, today = '2026-12-07', rules = ALL_RULES): string | undefined => scanCacheOf(rules, { cache: '/c', ...options }, undefined, today)?.key;
    assert.equal(key({}), key({}));
    assert.notEqual(key({}), key({}, '2026-12-08'));
    assert.notEqual(key({}), key({}, '2026-12-07', ALL_RULES.slice(1)));
    assert.notEqual(key({}), key({ inputs: { defaults: 'unknown' } }));
    assert.notEqual(key({ inputs: { defaults: 'assume', cfnParameters: new Map([['A', { value: '1', ref: { file: 'p', span: { start: 0, end: 0 } }, origin: 'cli-var' }]]) } }), key({ inputs: { defaults: 'assume', cfnParameters: new Map([['A', { value: '2', ref: { file: 'p', span: { start: 0, end: 0 } }, origin: 'cli-var' }]]) } }));
    assert.notEqual(key({}), key({ maxFileSize: 1000 }));
    assert.equal(scanCacheOf(ALL_RULES, {}, undefined), undefined, 'no cache unless asked');
  });

  it('deletes after a scan the entries unused for two days, and only its own files', () => {
    inWorkspace((w) => {
      run(w.root, { cache: w.cacheDir });
      const entries = readdirSync(w.cacheDir);
      const daysAgo = (n: number): Date => new Date(Date.now() - n * 24 * 60 * 60 * 1000);
      const age = (name: string, days: number): void => utimesSync(join(w.cacheDir, name), daysAgo(days), daysAgo(days));
      // Another day's entry (its key held that date), a stopped run's temporary file, a newer entry, files not ours.
      const stale = `${'a'.repeat(64)}.bin`;
      const temporary = `${'b'.repeat(64)}.bin.123.x1y2.tmp`;
      const recent = `${'c'.repeat(64)}.bin`;
      for (const name of [stale, temporary, recent, 'notes.txt', 'ABC.bin']) writeFileSync(join(w.cacheDir, name), 'x');
      for (const name of [stale, temporary, 'notes.txt', 'ABC.bin', ...entries]) age(name, 3);
      age(recent, 1);
      // The scan's own entries were last used three days ago: this scan's hits mark them used again.
      assert.equal(run(w.root, { cache: w.cacheDir }).cache?.hits, 3);
      assert.deepEqual(readdirSync(w.cacheDir).sort(), [...entries, recent, 'notes.txt', 'ABC.bin'].sort());
    });
  });
});
