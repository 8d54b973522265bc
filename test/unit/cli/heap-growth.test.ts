// SPDX-License-Identifier: Apache-2.0
// The CLI's cap on heap growth (server/src/cli/heap-growth.ts) leaves a user's own heap sizing alone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { boundHeapGrowth, capsHeapGrowth, HEAP_CAP_MIN_FILES, JIT_FLAGS, jitFlagsFor, userSizesHeap } from '../../../server/src/cli/heap-growth';

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

  it('caps large scans only, and never the build run that trains the code cache', () => {
    assert.equal(capsHeapGrowth(HEAP_CAP_MIN_FILES, [], {}), false);
    assert.equal(capsHeapGrowth(HEAP_CAP_MIN_FILES + 1, [], {}), true);
    assert.equal(capsHeapGrowth(50_000, [], { IAC_COMPLIANCE_WRITE_CODE_CACHE: '/tmp/cache' }), false);
    assert.equal(capsHeapGrowth(50_000, [], { NODE_OPTIONS: '--max-old-space-size=8192' }), false);
  });

  it('optimizes less in a CLI run, unless the user tuned the JIT (command line or NODE_OPTIONS, either spelling)', () => {
    assert.deepEqual(jitFlagsFor([], undefined), JIT_FLAGS);
    assert.deepEqual(jitFlagsFor(['--enable-source-maps'], '--max-old-space-size=4096'), JIT_FLAGS);
    for (const own of ['--interrupt-budget=1000', '--interrupt_budget=1000', '--max-inlined-bytecode-size-cumulative=100', '--no-turbofan', '--jitless', '--maglev']) {
      assert.deepEqual(jitFlagsFor([own], undefined), [], own);
      assert.deepEqual(jitFlagsFor([], `--trace-warnings ${own}`), [], own);
    }
    // The flags are V8's own spelling, each with a value.
    for (const f of JIT_FLAGS) assert.match(f, /^--[a-z-]+=\d+$/);
  });

  it('can be asked more than once in a process', () => {
    boundHeapGrowth(1);
    boundHeapGrowth(1);
  });
});
