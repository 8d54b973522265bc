// SPDX-License-Identifier: Apache-2.0
// `npm run new-rule`: the id it allocates and how it registers the rule (scripts/new-rule.mjs), as plain
// functions. Scaffolds written by the script itself (each variant, the registry failing on its markers,
// the rule running) are in test/cli/new-rule.test.ts: they spawn it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../support/corpus';

interface NewRule {
  nextId(service: string, used: Set<number>, cloud?: string): string;
  register(indexText: string, service: string, name: string, cloud?: string): string;
  identOf(cloud: string, name: string): string;
}

/** The script is an ES module; a CommonJS test loads it with a real dynamic import (tsc would turn `import()` into `require`). */
const load = new Function('url', 'return import(url)') as (url: string) => Promise<NewRule>;
const script = (): string => join(repoRoot(), 'scripts', 'new-rule.mjs');

void test('the next free id follows the highest below 050 and never reuses one, with the cloud\'s prefix', async () => {
  const { nextId } = await load(pathToFileURL(script()).href);
  assert.equal(nextId('efs', new Set()), 'AWS-EFS-001');
  assert.equal(nextId('sqs', new Set([1, 50])), 'AWS-SQS-002');
  // A gap (a deleted rule's id) stays taken: allocation is past the highest ever used.
  assert.equal(nextId('s3', new Set([1, 3, 50])), 'AWS-S3-004');
  assert.equal(nextId('keyvault', new Set([1, 7]), 'azure'), 'AZURE-KEYVAULT-008');
  assert.equal(nextId('storage', new Set(), 'gcp'), 'GCP-STORAGE-001');
  assert.throws(() => nextId('s3', new Set([49])), /no free id below 050/);
});

void test('registration adds the import after the last rule import and the entry at the end of ALL_RULES', async () => {
  const { register, identOf } = await load(pathToFileURL(script()).href);
  const index = readFileSync(join(repoRoot(), 'rules', 'index.ts'), 'utf8');
  const added = (out: string): string[] => out.split('\n').filter((l) => !index.split('\n').includes(l));
  const out = register(index, 'efs', 'efs-some-check');
  assert.deepEqual(added(out), ["import efsSomeCheck from './aws/efs/efs-some-check';", '  efsSomeCheck,']);
  assert.match(out, /efsSomeCheck,\n\];/);
  assert.throws(() => register(out, 'efs', 'efs-some-check'), /already imports/);
  // Other clouds' rules are named with their cloud in the index, so names cannot clash across clouds.
  assert.equal(identOf('azure', 'keyvault-some-check'), 'azureKeyvaultSomeCheck');
  assert.deepEqual(added(register(index, 'keyvault', 'keyvault-some-check', 'azure')), ["import azureKeyvaultSomeCheck from './azure/keyvault/keyvault-some-check';", '  azureKeyvaultSomeCheck,']);
  const gcp = register(index, 'storage', 'storage-some-check', 'gcp');
  assert.deepEqual(added(gcp), ["import gcpStorageSomeCheck from './gcp/storage/storage-some-check';", '  gcpStorageSomeCheck,']);
  // The next rule goes after the last import of any cloud.
  const lines = register(gcp, 'storage', 'storage-other-check', 'gcp').split('\n');
  assert.equal(lines.indexOf("import gcpStorageOtherCheck from './gcp/storage/storage-other-check';"), lines.indexOf("import gcpStorageSomeCheck from './gcp/storage/storage-some-check';") + 1);
});
