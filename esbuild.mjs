// SPDX-License-Identifier: Apache-2.0
// Bundles the three entry points. The CLI and the server share the LSP-free core under server/src.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
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
      define: { IAC_COMPLIANCE_VERSION: JSON.stringify(version) },
      logLevel: 'warning',
    }),
  ),
);
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
