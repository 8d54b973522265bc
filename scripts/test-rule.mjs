// SPDX-License-Identifier: Apache-2.0
// `npm run test:rule -- <rule-name> [--update]`: one rule's fixture tests and the registry invariants, in
// seconds. esbuild bundles the two test files (and what they import: the rules, the core) into one
// script in out/rule-loop/, run in one process, without type checking, so nothing waits on `tsc` over
// the whole project; run
// `npm run typecheck` before committing. `--update` rewrites that rule's goldens only (review the diff).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const update = args.includes('--update');
const names = args.filter((a) => !a.startsWith('--'));
if (names.length !== 1 || args.some((a) => a.startsWith('--') && a !== '--update')) {
  console.error('usage: npm run test:rule -- <rule-name> [--update]');
  process.exit(2);
}
const [name] = names;

const started = Date.now();
const outdir = join(ROOT, 'out', 'rule-loop');
await esbuild.build({
  // One entry importing both test files, run in one process (no `--test` runner and two children).
  stdin: { contents: ['test/rules/rules.test.ts', 'test/rules/registry.test.ts'].map((f) => `import ${JSON.stringify(`./${f}`)};`).join('\n'), resolveDir: ROOT, sourcefile: 'rule-tests.ts', loader: 'ts' },
  outfile: join(outdir, 'rule.test.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  // Dependencies load from node_modules as they are: bundling them would only cost time.
  packages: 'external',
  logLevel: 'warning',
});
const built = Date.now();

const env = { ...process.env, RULE_ONLY: name };
// The golden writer matches paths by substring: the folder name between slashes is this rule's only.
if (update) Object.assign(env, { UPDATE_GOLDENS: '1', UPDATE_ONLY: `/${name}/` });
const r = spawnSync(process.execPath, ['--enable-source-maps', '--test-reporter=spec', join(outdir, 'rule.test.js')], {
  stdio: 'inherit',
  env,
  cwd: ROOT,
});
console.log(`test:rule ${name}: bundled in ${((built - started) / 1000).toFixed(1)} s, tests in ${((Date.now() - built) / 1000).toFixed(1)} s`);
process.exit(r.status ?? 1);
