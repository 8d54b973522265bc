// SPDX-License-Identifier: Apache-2.0
// commonAffixes (core/common-affixes.ts) against the plain character loop it replaced: random texts and
// edits around its 512-character blocks, repeated text (where prefix and suffix could overlap), equal and
// empty texts, and texts that are not Latin-1.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commonAffixes } from '../../../server/src/core/common-affixes';
import { mulberry32 as random } from '../../support/damage';

function naive(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

void describe('commonAffixes', () => {
  void it('equals the character loop on random edits of random texts', () => {
    const alphabets = ['ab', 'abcdefghij \n{}="', 'aé€😀 \n'];
    for (let seed = 1; seed <= 3000; seed++) {
      const r = random(seed);
      const alphabet = alphabets[seed % alphabets.length]!;
      const chars = [...alphabet];
      const length = Math.floor(r() * (seed % 3 === 0 ? 4000 : 1200));
      let a = '';
      for (let i = 0; i < length; i++) a += chars[Math.floor(r() * chars.length)];
      // An edit near a block boundary half the time.
      const at = r() < 0.5 ? Math.min(a.length, 512 * Math.floor(r() * 8) + Math.floor(r() * 3) - 1) : Math.floor(r() * (a.length + 1));
      const from = Math.max(0, at);
      const removed = Math.floor(r() * Math.min(20, a.length - from + 1));
      let inserted = '';
      const n = Math.floor(r() * 4);
      for (let i = 0; i < n; i++) inserted += chars[Math.floor(r() * chars.length)];
      const b = a.slice(0, from) + inserted + a.slice(from + removed);
      assert.deepEqual(commonAffixes(a, b), naive(a, b), `seed ${seed}`);
      assert.deepEqual(commonAffixes(b, a), naive(b, a), `seed ${seed} reversed`);
    }
  });

  void it('equal, empty and repeated texts', () => {
    const long = 'x'.repeat(5000);
    for (const [a, b] of [
      ['', ''],
      ['', 'abc'],
      [long, long],
      [long, long + 'x'],
      ['x' + long, long],
      [long.slice(0, 1024), long],
      ['ab'.repeat(700), 'ab'.repeat(699)],
    ] as const) {
      assert.deepEqual(commonAffixes(a, b), naive(a, b), `${a.length} ${b.length}`);
      const { prefix, suffix } = commonAffixes(a, b);
      assert.ok(prefix + suffix <= Math.min(a.length, b.length));
    }
  });
});
