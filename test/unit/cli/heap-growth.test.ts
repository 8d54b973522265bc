// SPDX-License-Identifier: Apache-2.0
// The CLI's cap on heap growth (server/src/cli/heap-growth.ts) leaves a user's own heap sizing alone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { boundHeapGrowth, userSizesHeap } from '../../../server/src/cli/heap-growth';

describe('heap growth cap', () => {
  it('sees the heap sized by the user on the command line or in NODE_OPTIONS, in either spelling', () => {
    assert.equal(userSizesHeap([], undefined), false);
    assert.equal(userSizesHeap(['--enable-source-maps'], '--trace-warnings'), false);
    assert.equal(userSizesHeap(['--max-old-space-size=4096'], undefined), true);
    assert.equal(userSizesHeap(['--max_old_space_size=4096'], undefined), true);
    assert.equal(userSizesHeap([], '--enable-source-maps --heap-growing-percent=50'), true);
    assert.equal(userSizesHeap([], '--heap_growing_percent=50'), true);
    // A flag that merely starts the same way is not a heap size.
    assert.equal(userSizesHeap(['--max-old-space-sizes'], undefined), false);
  });

  it('can be applied more than once in a process', () => {
    boundHeapGrowth();
    boundHeapGrowth();
  });
});
