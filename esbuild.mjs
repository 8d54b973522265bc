// SPDX-License-Identifier: Apache-2.0
// Bundles the three entry points. The CLI and the server share the LSP-free core under server/src.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
/** This build's id: the code cache's and the scan cache's (server/src/version.ts BUILD_ID); none while watching. */
const buildId = randomUUID();

const entries = [
  // dist/cli.js only starts dist/cli-main.js with V8's code cache (server/src/cli/launch.ts).
  { in: 'server/src/cli/launch.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  // Its first line names the build: launch.ts uses the code cache only when the cache names the same one.
  { in: 'server/src/cli/main.ts', out: 'dist/cli-main.js', banner: `// iac-compliance build ${buildId}` },
  // The CLI scan's worker threads (server/src/cli/scan-pool.ts loads it from the CLI's folder).
  { in: 'server/src/cli/scan-worker.ts', out: 'dist/scan-worker.js' },
  { in: 'server/src/server.ts', out: 'dist/server.js' },
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
].filter((e) => existsSync(e.in));

const contexts = await Promise.all(
  entries.map((e) =>
    esbuild.context({
      entryPoints: [e.in],
      outfile: e.out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: !production,
      minify: production,
      external: e.external ?? [],
      banner: e.banner ? { js: e.banner } : undefined,
      define: { IAC_COMPLIANCE_VERSION: JSON.stringify(version), ...(watch ? {} : { IAC_COMPLIANCE_BUILD: JSON.stringify(buildId) }) },
      logLevel: 'warning',
    }),
  ),
);
if (watch) {
  // The bundle changes under the cache with every rebuild (the build id stays): no cache while watching.
  rmSync('dist/cli-main.js.cache', { force: true });
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (existsSync('dist/cli-main.js')) writeCodeCache();
}

/**
 * dist/cli-main.js.cache: what V8 compiled while the CLI scanned the repository's examples (Terraform and
 * CloudFormation, text and JSON output). Made by this Node for this bundle; launch.ts checks both.
 */
function writeCodeCache() {
  const cache = 'dist/cli-main.js.cache';
  const training = `${cache}.tmp`;
  rmSync(cache, { force: true });
  const r = spawnSync(process.execPath, ['dist/cli.js', 'scan', 'examples', '--no-config', '--format', 'text'], {
    env: { ...process.env, IAC_COMPLIANCE_WRITE_CODE_CACHE: training, IAC_COMPLIANCE_THREADS: '1' },
    stdio: 'ignore',
  });
  // Exit 1 means findings (the examples have some); anything else, or no cache, leaves the CLI without one.
  if ((r.status === 0 || r.status === 1) && existsSync(training)) renameSync(training, cache);
  else {
    rmSync(training, { force: true });
    console.warn(`esbuild.mjs: no code cache for dist/cli-main.js (the training scan exited with ${r.status ?? r.signal})`);
  }
}
