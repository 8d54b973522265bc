// SPDX-License-Identifier: Apache-2.0
// The size of the fuzz layer (test/fuzz/): generated-input tests scale their counts by FUZZ_SCALE.
// Unset, it is 1: the size CI runs (`npm test` runs every layer). `FUZZ_SCALE=0.05 node scripts/run-tests.mjs
// fuzz/` is a quick local smoke run; a larger value searches longer. Seeds stay fixed, so a size always
// generates the same inputs and a failure replays.

export function fuzzScale(): number {
  const raw = process.env.FUZZ_SCALE;
  if (raw === undefined || raw === '') return 1;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`FUZZ_SCALE must be a positive number, not "${raw}"`);
  return n;
}

/** `ciCount` scaled by FUZZ_SCALE, at least 1. */
export function fuzzCount(ciCount: number): number {
  return Math.max(1, Math.round(ciCount * fuzzScale()));
}
