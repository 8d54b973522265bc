// SPDX-License-Identifier: Apache-2.0
// The linear-time matcher gives the same answers as JavaScript's RegExp on the supported subset, on seeded
// random texts (300 per pattern at CI size, FUZZ_SCALE: test/support/fuzz.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileRegex } from '../../server/src/core/linear-match';
import { fuzzCount } from '../support/fuzz';

const TEXTS = fuzzCount(300);

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const REGEXES = [
  '^Delete.*Policy$',
  'a|b',
  '(ab)+c?',
  '^(?:Put|Delete)(Bucket)?Policy$',
  '[a-c]{2,3}x',
  '[^ab]*$',
  '\\d+\\.\\d{1,2}',
  '\\w+\\s\\W',
  'x{3}',
  'a{2,}b',
  '^$',
  '(a|ab)(c|bcd)(d*)',
  '[]a]',
  '\\x41\\u0042',
  'a.c',
  '(?:a*)*b',
  '^(.|.|.)*Q$',
  '[\\d-z]+',
];

void describe('linear-match: regular expressions on random texts', () => {
  void it('agrees with RegExp on seeded random texts', () => {
    const next = rng(13);
    const alphabet = 'abcdxzQ01. -\nPDBolicyte';
    for (const src of REGEXES) {
      const c = compileRegex(src);
      assert.ok(c.ok, `${src}: ${c.ok ? '' : c.message}`);
      const re = new RegExp(src);
      for (let k = 0; k < TEXTS; k++) {
        const len = Math.floor(next() * 12);
        let text = '';
        for (let j = 0; j < len; j++) text += alphabet[Math.floor(next() * alphabet.length)];
        assert.equal(c.matcher.test(text), re.test(text), `${src} on ${JSON.stringify(text)}`);
      }
      assert.equal(c.matcher.test('DeleteRolePolicy'), re.test('DeleteRolePolicy'), src);
    }
  });

});
