// SPDX-License-Identifier: Apache-2.0
// `npm run test:unit [-- <substring-of-path>]`: the unit layer (test/unit/, inline inputs, no built server,
// no corpus, no generated bulk) in one process. esbuild bundles every unit test file into one script
// (no `tsc`: run `npm run typecheck` before committing), so the core is loaded once instead of once per
// file: about 5 s of CPU for the whole layer. The other layers (rules, cli, report, lsp, corpus, hostile,
// fuzz, docs) run from `tsc` output with `node scripts/run-tests.mjs <layer>/`; `npm test` runs them all.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const filter = process.argv[2] ?? '';

function collect(dir, acc = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, acc);
    else if (name.endsWith('.test.ts')) acc.push(p);
  }
  return acc;
}

const files = collect(join(ROOT, 'test', 'unit')).filter((f) => relative(ROOT, f).includes(filter));
if (files.length === 0) {
  console.error(`no unit test file under test/unit matches "${filter}"`);
  process.exit(1);
}
const started = Date.now();
const outfile = join(ROOT, 'out', 'unit-loop', 'unit.test.js');
await esbuild.build({
  // One entry importing every file: each registers its tests with node:test in this one process.
  stdin: { contents: files.map((f) => `import ${JSON.stringify('./' + relative(ROOT, f))};`).join('\n'), resolveDir: ROOT, sourcefile: 'unit-tests.ts', loader: 'ts' },
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  packages: 'external',
  logLevel: 'warning',
});
const built = Date.now();
// Run in this one process (no `--test`, which would start a runner and a child process for the one file).
const r = spawnSync(process.execPath, ['--enable-source-maps', '--test-reporter=spec', outfile], { stdio: 'inherit', cwd: ROOT });
console.log(`test:unit: ${files.length} files bundled in ${((built - started) / 1000).toFixed(1)} s, tests in ${((Date.now() - built) / 1000).toFixed(1)} s`);
process.exit(r.status ?? 1);
