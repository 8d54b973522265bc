// SPDX-License-Identifier: Apache-2.0
// Bounds how far V8 lets the heap grow past what is alive, for the CLI's scans (scan, report, baseline).
//
// A scan keeps little alive (one folder's analysis and the digests: 30-70 MB for the shared corpus), but
// it allocates over a gigabyte, and after each full collection V8 sets the next one's threshold at up to
// 4x the live size when collecting is cheap next to allocating. Peak RSS therefore grew with the size of
// the workspace while the live heap stayed flat: 245 MB for the corpus, 376 MB for it copied 4x, 680 MB
// for 20x (docs/performance.md). `--heap-growing-percent=100` caps that factor at 2x: the corpus copied
// 4x then peaks at ~278 MB (was ~409) and copied 20x at 413 MB (was 680). The cost is more full collections:
// ~3% of the CPU of a scan of the corpus itself, whose peak the cap does not lower (it is reached before the
// heap has grown far), so only scans of more than HEAP_CAP_MIN_FILES files are capped.
//
// V8 reads the flag at each collection, so it can be set while running, after the bundle was loaded from
// its code cache (dist/cli.js); setting flags on the command line would make that cache unusable. The
// flag is process-wide, so the pool's worker threads follow it too. A user's own choice (the flag, or
// --max-old-space-size, in NODE_OPTIONS or on Node's command line) is left alone, and the build's
// training run (which writes the code cache) never changes a flag.

import { setFlagsFromString } from 'node:v8';

/** Old generation at most this many percent above the live heap after a full collection. */
export const HEAP_GROWING_PERCENT = 100;

/** Scans of more files than this are capped (about twice the shared corpus). */
export const HEAP_CAP_MIN_FILES = 5000;

let applied = false;

/** Whether the user already told V8 how to size the heap (then this module does nothing). */
export function userSizesHeap(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  const said = (s: string): boolean => /--(heap[-_]growing[-_]percent|max[-_]old[-_]space[-_]size)\b/.test(s);
  return execArgv.some(said) || (nodeOptions !== undefined && said(nodeOptions));
}

/** Whether a scan of `files` files caps the heap's growth: a large one, unless the user sized the heap or the build is training the code cache. */
export function capsHeapGrowth(files: number, execArgv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return files > HEAP_CAP_MIN_FILES && !env['IAC_COMPLIANCE_WRITE_CODE_CACHE'] && !userSizesHeap(execArgv, env['NODE_OPTIONS']);
}

/** Caps the heap's growth for the rest of this process when a scan of `files` files is large (once; a no-op where the runtime refuses). */
export function boundHeapGrowth(files: number): void {
  if (applied || !capsHeapGrowth(files, process.execArgv, process.env)) return;
  applied = true;
  try {
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  } catch {
    // Not allowed here (an embedder that freezes flags): V8's own sizing stays.
  }
}
