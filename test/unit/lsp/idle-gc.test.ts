// SPDX-License-Identifier: Apache-2.0
// idle-gc.ts's decision: collect the young generation after a publish only when it has no room for the
// next analysis, learning what an analysis allocates from the growth between two publishes.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hasRoom } from '../../../server/src/lsp/idle-gc';

const MB = 1 << 20;

void describe('idle collection', () => {
  void it('collects when nothing is known yet, or when a collection happened since (the young generation shrank)', () => {
    assert.deepEqual(hasRoom({ used: 2 * MB, available: 14 * MB }, -1, 0), { room: false, lately: 0 });
    assert.deepEqual(hasRoom({ used: 1 * MB, available: 15 * MB }, 3 * MB, 2 * MB), { room: false, lately: 2 * MB });
  });

  void it('leaves the garbage while twice the last analysis still fits, and collects before it does not', () => {
    // 3 MB allocated since the last publish, 10 MB free: room for two more.
    assert.deepEqual(hasRoom({ used: 5 * MB, available: 10 * MB }, 2 * MB, 0), { room: true, lately: 3 * MB });
    // 3 MB allocated, 5 MB free: the next analysis might not fit.
    assert.deepEqual(hasRoom({ used: 8 * MB, available: 5 * MB }, 5 * MB, 3 * MB), { room: false, lately: 3 * MB });
  });

  void it('remembers a large analysis for a while (a paste), forgetting it slowly', () => {
    const after = hasRoom({ used: 9 * MB, available: 7 * MB }, 8 * MB, 4 * MB);
    assert.equal(after.lately, 0.9 * 4 * MB);
    assert.equal(after.room, false);
  });
});
