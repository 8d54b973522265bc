// SPDX-License-Identifier: Apache-2.0
// firstInvalidUtf8 (server/src/core/encoding.ts) agrees with the platform's strict UTF-8 decoder on seeded
// random byte strings: 5,000 at CI size, scaled by FUZZ_SCALE.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstInvalidUtf8 } from '../../server/src/core/encoding';
import { mulberry32 } from '../support/damage';
import { fuzzCount } from '../support/fuzz';

const strict = new TextDecoder('utf-8', { fatal: true });
const valid = (b: Uint8Array): boolean => {
  try {
    strict.decode(b);
    return true;
  } catch {
    return false;
  }
};

void describe('firstInvalidUtf8 on random bytes', () => {
  void it('firstInvalidUtf8 agrees with the strict decoder on random bytes (overlong forms, surrogates, truncation)', () => {
    const rnd = mulberry32(8);
    for (let n = 0; n < fuzzCount(5000); n++) {
      const b = new Uint8Array(1 + Math.floor(rnd() * 8));
      for (let i = 0; i < b.length; i++) b[i] = rnd() < 0.5 ? 0x80 + Math.floor(rnd() * 0x80) : Math.floor(rnd() * 256);
      const at = firstInvalidUtf8(b);
      assert.equal(at === b.length, valid(b), `${Buffer.from(b).toString('hex')}: ${at}`);
      if (at < b.length) assert.ok(valid(b.subarray(0, at)), `${Buffer.from(b).toString('hex')}: prefix before ${at} is valid`);
    }
  });});
