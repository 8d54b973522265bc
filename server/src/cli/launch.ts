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
// It also lets the young generation grow at once (youngGenerationGrowsFast below).
//
// Only Node built-ins here: this file is bundled on its own and must stay small.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** The bundle's first line (esbuild.mjs's banner): `// iac-compliance build <uuid>`. */
const BUILD_LINE = /^\/\/ iac-compliance build ([0-9a-f-]{36})\n/;
const ID_BYTES = 36;

function launch(): void {
  const bundlePath = join(__dirname, 'cli-main.js');
  const cachePath = `${bundlePath}.cache`;
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
  } else youngGenerationGrowsFast();
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeRequire, m: NodeModule, f: string, d: string) => void;
  wrapper.call(module.exports, module.exports, require, module, bundlePath, dirname(bundlePath));
}

/**
 * V8 starts the young generation at 1 MB per semi-space and doubles it after each scavenge that finds most
 * objects alive, up to 16 MB. In a short run nearly everything allocated stays alive until the end (the rules,
 * the parsed module), so each of those scavenges copies it all again: six of them were ~23 ms of `scan F`'s
 * ~200 ms. Growing 16x at a time reaches the full size at the first such scavenge (two scavenges, ~6 ms); a
 * long scan reaches it as before. Set after the Script was made from the code cache (V8 compares the flags'
 * hash when the cache is read; setting it on the command line would make the cache unusable); never in the
 * training run, whose cache is made for processes that start with V8's default flags; not when the user
 * sized the young generation.
 */
function youngGenerationGrowsFast(): void {
  const said = (s: string): boolean => /semi[-_]space/.test(s);
  if (process.execArgv.some(said) || said(process.env['NODE_OPTIONS'] ?? '')) return;
  try {
    setFlagsFromString('--semi-space-growth-factor=16');
  } catch {
    // An embedder that freezes flags: V8's own growth stays.
  }
}

launch();
