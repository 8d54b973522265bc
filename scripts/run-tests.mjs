// SPDX-License-Identifier: Apache-2.0
// Runs every compiled *.test.js under out/test with node's test runner. Node 20's --test does not expand
// globs itself, so the file list is gathered here (sorted, so runs are reproducible). The layers are the
// folders of test/ (docs/architecture.md, "Test layers"); `node scripts/run-tests.mjs fuzz/` runs one.
// The fuzz layer's size is FUZZ_SCALE (test/support/fuzz.ts; unset = the size CI runs).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function collect(dir, acc) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, acc);
    else if (name.endsWith('.test.js')) acc.push(p);
  }
  return acc;
}
const filter = process.argv[2];
// A compiled test whose source was moved or deleted is not run: tsc does not remove its old output.
const hasSource = (f) => existsSync(f.replace(/^out\//, '').replace(/\.js$/, '.ts'));
const files = collect('out/test', []).filter((f) => (!filter || f.includes(filter)) && hasSource(f));
if (files.length === 0) {
  console.error('no test files found under out/test');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
