// SPDX-License-Identifier: Apache-2.0
// dist/cli.js: starts the CLI bundle (dist/cli-main.js) with V8's code cache (dist/cli-main.js.cache),
// so a short run (`scan F` from a pre-commit hook or an editor plugin) does not pay for compiling the
// 1.7 MB bundle and the functions a scan needs: that was ~60 of its ~300 ms of CPU. Node 20 has no
// `module.enableCompileCache()` (22.1+), so this is done by hand with `vm.Script`'s `cachedData`.
//
// The cache is written by the build (esbuild.mjs runs the CLI on the repository's examples and keeps what
// V8 compiled), never at run time. It starts with the SHA-256 of the bundle it was made from: V8 checks
// only the source's length, so a rebuilt bundle (esbuild --watch) must not meet an old cache. A missing,
// stale or rejected cache (another Node version) only means the bundle is compiled as usual.
//
// Only Node built-ins here: this file is bundled on its own and must stay small.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const HASH_BYTES = 32;

function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

function launch(): void {
  const bundlePath = join(__dirname, 'cli-main.js');
  const cachePath = `${bundlePath}.cache`;
  const bytes = readFileSync(bundlePath);
  const hash = sha256(bytes);
  let cachedData: Buffer | undefined;
  try {
    const cache = readFileSync(cachePath);
    if (cache.length > HASH_BYTES && cache.subarray(0, HASH_BYTES).equals(hash)) cachedData = cache.subarray(HASH_BYTES);
  } catch {
    // No cache: compiled as usual.
  }
  // The CommonJS wrapper Node's loader would add; the bundle is run as this very module, so its
  // `require.main === module` test and its exports behave as if Node had loaded it directly.
  const source = `(function (exports, require, module, __filename, __dirname) { ${bytes.toString('utf8')}\n})`;
  const script = new Script(source, { filename: bundlePath, ...(cachedData ? { cachedData } : {}) });
  const writeTo = process.env['IAC_COMPLIANCE_WRITE_CODE_CACHE'];
  if (writeTo) {
    // The build's training run: after the command, keep every function V8 compiled for it.
    process.on('exit', () => writeFileSync(writeTo, Buffer.concat([hash, script.createCachedData()])));
  }
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeRequire, m: NodeModule, f: string, d: string) => void;
  wrapper.call(module.exports, module.exports, require, module, bundlePath, dirname(bundlePath));
}

launch();
