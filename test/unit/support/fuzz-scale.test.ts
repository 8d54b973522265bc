// SPDX-License-Identifier: Apache-2.0
// FUZZ_SCALE, the size of the fuzz layer: unset is CI's size, a bad value is an error rather than a
// silently empty fuzz run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzCount } from '../../support/fuzz';

void test('FUZZ_SCALE scales counts, at least 1; unset is 1; a bad value throws', () => {
  const saved = process.env.FUZZ_SCALE;
  try {
    delete process.env.FUZZ_SCALE;
    assert.equal(fuzzCount(150), 150);
    process.env.FUZZ_SCALE = '0.02';
    assert.equal(fuzzCount(150), 3);
    assert.equal(fuzzCount(10), 1);
    process.env.FUZZ_SCALE = '4';
    assert.equal(fuzzCount(150), 600);
    for (const bad of ['0', '-1', 'many']) {
      process.env.FUZZ_SCALE = bad;
      assert.throws(() => fuzzCount(150), /FUZZ_SCALE must be a positive number/);
    }
  } finally {
    if (saved === undefined) delete process.env.FUZZ_SCALE;
    else process.env.FUZZ_SCALE = saved;
  }
});
