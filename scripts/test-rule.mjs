// SPDX-License-Identifier: Apache-2.0
// `npm run test:rule -- <rule-name> [--update]`: one rule's fixture tests and the registry invariants, in
// seconds. esbuild bundles the two test files (and what they import: the rules, the core) into
// out/rule-loop/ without type checking, so nothing waits on `tsc` over the whole project; run
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
  entryPoints: [join(ROOT, 'test/rules/rules.test.ts'), join(ROOT, 'test/rules/registry.test.ts')],
  outdir,
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
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', join(outdir, 'rules.test.js'), join(outdir, 'registry.test.js')], {
  stdio: 'inherit',
  env,
  cwd: ROOT,
});
console.log(`test:rule ${name}: bundled in ${((built - started) / 1000).toFixed(1)} s, tests in ${((Date.now() - built) / 1000).toFixed(1)} s`);
process.exit(r.status ?? 1);
