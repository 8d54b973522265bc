// SPDX-License-Identifier: Apache-2.0
// How the CLI tunes V8, set at run time (flags on the command line would make the code cache unusable): the
// young generation grows at once (youngGenerationGrowsFast, from dist/cli.js), the optimizing compiler works
// on fewer functions (optimizeLessForShortRuns, from dist/cli.js), and the old generation of a large scan
// stays within 2x the live heap (boundHeapGrowth, from scan-pool.ts). Only node:v8 here: launch.ts, a bundle
// of its own that must stay small, imports this file.
//
// Old generation:
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

/** Whether the user set a V8 flag matching `flag` on Node's command line or in NODE_OPTIONS (then it is theirs). */
function userSets(flag: RegExp, execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return execArgv.some((a) => flag.test(a)) || (nodeOptions !== undefined && flag.test(nodeOptions));
}

/** Whether the user already told V8 how to size the old generation (then boundHeapGrowth does nothing). */
export function userSizesHeap(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return userSets(/--(heap[-_]growing[-_]percent|max[-_]old[-_]space[-_]size)\b/, execArgv, nodeOptions);
}

/** Sets a V8 flag while running; a no-op where the runtime refuses (an embedder that freezes flags). */
function setFlag(flag: string): void {
  try {
    setFlagsFromString(flag);
  } catch {
    // V8's own sizing stays.
  }
}

/**
 * V8 starts the young generation at 1 MB per semi-space and doubles it after each scavenge that finds most
 * objects alive, up to 16 MB. In a short run nearly everything allocated stays alive until the end (the rules,
 * the parsed module), so each of those scavenges copies it all again: six of them were ~23 ms of `scan F`'s
 * ~200 ms. Growing 16x at a time reaches the full size at the first such scavenge (two scavenges, ~6 ms); a
 * long scan reaches it as before. launch.ts calls this after the Script was made from the code cache (V8
 * compares the flags' hash when the cache is read), never in the build's training run; not when the user
 * sized the young generation.
 */
export function youngGenerationGrowsFast(): void {
  if (!userSets(/semi[-_]space/, process.execArgv, process.env['NODE_OPTIONS'])) setFlag('--semi-space-growth-factor=16');
}

/**
 * Fewer functions optimized, less inlined: V8 sends a function to its optimizing compiler (TurboFan, on a
 * thread of its own) once it has run for an "interrupt budget" of bytecode, and that compiler was a third of
 * a scan's CPU (the corpus in one thread: 3.6 s of CPU in 2.2 s wall; with `--no-concurrent-recompilation`
 * the wall grew by ~1.2 s). A CLI run is seconds long and runs a wide spread of code (hundreds of rules,
 * adapters, parsers) whose warm-but-not-hot part never repays its compilation. Four times the default
 * budget and half the cumulative inlining: the corpus in one thread 2.2 → 1.9 s wall, 3.6 → 2.5 s CPU, on
 * two workers 2.5 → 1.7 s; the corpus copied 20 times (25 s) as fast as before with less CPU. Eight times
 * the budget saved a little more on the corpus but made the 25-second scan 7% slower (docs/performance.md).
 * Not for the language server, which runs for hours. Set like the young generation's growth (after the
 * code cache was read: V8 checks the flags' hash when it reads the cache), not when the user set either.
 */
export const JIT_FLAGS = ['--interrupt-budget=270336', '--max-inlined-bytecode-size-cumulative=460'];

/** The JIT flags a CLI run sets: none when the user tuned V8's tiering or inlining themselves. */
export function jitFlagsFor(execArgv: readonly string[], nodeOptions: string | undefined): readonly string[] {
  return userSets(/--(interrupt[-_]budget|max[-_]inlined[-_]bytecode[-_]size|max[-_]optimized[-_]bytecode[-_]size|turbofan|no[-_]turbofan|maglev|jitless)\b/, execArgv, nodeOptions) ? [] : JIT_FLAGS;
}

export function optimizeLessForShortRuns(): void {
  for (const f of jitFlagsFor(process.execArgv, process.env['NODE_OPTIONS'])) setFlag(f);
}

/** Whether a scan of `files` files caps the heap's growth: a large one, unless the user sized the heap or the build is training the code cache. */
export function capsHeapGrowth(files: number, execArgv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return files > HEAP_CAP_MIN_FILES && !env['IAC_COMPLIANCE_WRITE_CODE_CACHE'] && !userSizesHeap(execArgv, env['NODE_OPTIONS']);
}

/** Caps the heap's growth for the rest of this process when a scan of `files` files is large (once; a no-op where the runtime refuses). */
export function boundHeapGrowth(files: number): void {
  if (applied || !capsHeapGrowth(files, process.execArgv, process.env)) return;
  applied = true;
  setFlag(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
