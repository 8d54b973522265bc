// SPDX-License-Identifier: Apache-2.0
// Shapes (server/src/core/shape.ts) never say "no" when a string matches both patterns: seeded random
// strings against JavaScript's RegExp, 3,000 at CI size (FUZZ_SCALE scales the count).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mayMatchBoth } from '../../server/src/core/shape';
import { fuzzCount } from '../support/fuzz';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

void describe('shapes on random strings', () => {
  void it('never says "no" when a string matches both (random strings)', () => {
    const patterns = ['[a-c]+', 'a*b?', '(ab|c){1,3}', '[^a]*', '\\d{2}', 'a.c', '(a|b)*c', '[b-d]{0,2}', 'ab|ba', '.*'];
    const next = rng(7);
    for (let n = 0; n < fuzzCount(3000); n++) {
      const len = Math.floor(next() * 5);
      let s = '';
      for (let k = 0; k < len; k++) s += 'abcd12'[Math.floor(next() * 6)];
      const matching = patterns.filter((p) => new RegExp(`^(?:${p})$`).test(s));
      for (const a of matching) for (const b of matching) assert.equal(mayMatchBoth(a, b), true, `${a} and ${b} both match ${JSON.stringify(s)}`);
    }
  });
});
