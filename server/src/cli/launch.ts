// SPDX-License-Identifier: Apache-2.0
// dist/cli.js: starts the CLI bundle (dist/cli-main.js) with V8's code cache (dist/cli-main.js.cache),
// so a short run (`scan F` from a pre-commit hook or an editor plugin) does not pay for compiling the
// 1.7 MB bundle and the functions a scan needs: that was ~60 of its ~300 ms of CPU. Node 20 has no
// `module.enableCompileCache()` (22.1+), so this is done by hand with `vm.Script`'s `cachedData`.
//
// The cache is written by the build (esbuild.mjs runs the CLI on the repository's examples and keeps what
// V8 compiled), never at run time. It starts with the build's id, which the bundle's first line carries
// too: V8 checks only the source's length, so a rebuilt bundle must not meet an old cache (a watch build
// deletes it). Not a hash of the bundle: loading node:crypto alone took ~50 ms, more than the cache saves.
// A missing, stale or rejected cache (another Node version) only means the bundle is compiled as usual.
//
// It also lets the young generation grow at once and has V8 optimize less (heap-growth.ts).
//
// Only Node built-ins here (and heap-growth.ts, which has only those): this file is bundled on its own and
// must stay small.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { optimizeLessForShortRuns, youngGenerationGrowsFast } from './heap-growth';

/** The bundle's first line (esbuild.mjs's banner): `// iac-compliance build <uuid>`. */
const BUILD_LINE = /^\/\/ iac-compliance build ([0-9a-f-]{36})\n/;
const ID_BYTES = 36;

function launch(): void {
  const bundlePath = join(__dirname, 'cli-main.js');
  const cachePath = `${bundlePath}.cache`;
  // UTF-8, into a one-byte string since the bundle is ASCII (test/cli/bundle-ascii.test.ts). Not as
  // Latin-1, though it decodes 3-4 ms faster: Node makes so large a Latin-1 string external, and an
  // external source cost the corpus scan 40 MB of peak RSS and 7% more CPU.
  const code = readFileSync(bundlePath, 'utf8');
  const id = BUILD_LINE.exec(code)?.[1];
  let cachedData: Buffer | undefined;
  try {
    const cache = id ? readFileSync(cachePath) : undefined;
    if (cache && cache.length > ID_BYTES && cache.toString('latin1', 0, ID_BYTES) === id) cachedData = cache.subarray(ID_BYTES);
  } catch {
    // No cache: compiled as usual.
  }
  // The CommonJS wrapper Node's loader would add; the bundle is run as this very module, so its
  // `require.main === module` test and its exports behave as if Node had loaded it directly.
  const source = `(function (exports, require, module, __filename, __dirname) { ${code}\n})`;
  const script = new Script(source, { filename: bundlePath, ...(cachedData ? { cachedData } : {}) });
  const writeTo = process.env['IAC_COMPLIANCE_WRITE_CODE_CACHE'];
  if (writeTo) {
    // The build's training run: after the command, keep every function V8 compiled for it.
    if (id) process.on('exit', () => writeFileSync(writeTo, Buffer.concat([Buffer.from(id, 'latin1'), script.createCachedData()])));
  } else {
    youngGenerationGrowsFast();
    optimizeLessForShortRuns();
  }
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeRequire, m: NodeModule, f: string, d: string) => void;
  wrapper.call(module.exports, module.exports, require, module, bundlePath, dirname(bundlePath));
}

launch();
