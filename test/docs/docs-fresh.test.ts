// SPDX-License-Identifier: Apache-2.0
// Generated documentation must be committed fresh: regenerate with `npm run docs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDocs } from '../../scripts/gen-docs';
import { generateReference } from '../../scripts/gen-reference';
import { repoRoot } from '../support/corpus';

test('docs/rules is up to date with the rule metadata (npm run docs)', () => {
  const root = repoRoot();
  const stale: string[] = [];
  for (const [rel, content] of generatedDocs(root)) {
    const path = join(root, rel);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== content) stale.push(rel);
  }
  assert.deepEqual(stale, [], 'run `npm run docs` and commit the result');
});

test('server/src/report/reference-data.ts is up to date with ../shared/reference (npm run gen:reference)', () => {
  const root = repoRoot();
  const fresh = generateReference(join(root, '..', 'shared', 'reference', 'compliance'));
  assert.equal(readFileSync(join(root, 'server', 'src', 'report', 'reference-data.ts'), 'utf8'), fresh, 'run `npm run gen:reference` and commit the result');
});
