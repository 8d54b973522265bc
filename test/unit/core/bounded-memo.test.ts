// SPDX-License-Identifier: Apache-2.0
// boundedMemo (core/bounded-memo.ts): one computation per key, undefined results remembered too (a type
// of no cloud), and no growth past the limit (keys a workspace chooses).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundedMemo } from '../../../server/src/core/bounded-memo';

test('each key is computed once, an undefined result included', () => {
  const calls: string[] = [];
  const cloud = boundedMemo((type: string) => {
    calls.push(type);
    return type.startsWith('aws_') ? 'aws' : undefined;
  });
  assert.equal(cloud('aws_s3_bucket'), 'aws');
  assert.equal(cloud('random_id'), undefined);
  assert.equal(cloud('aws_s3_bucket'), 'aws');
  assert.equal(cloud('random_id'), undefined);
  assert.deepEqual(calls, ['aws_s3_bucket', 'random_id']);
});

test('past the limit, further keys are computed each time and not kept', () => {
  let calls = 0;
  const twice = boundedMemo((n: number) => {
    calls++;
    return n * 2;
  }, 2);
  for (const n of [1, 2, 3, 3, 1, 2]) assert.equal(twice(n), n * 2);
  // 1 and 2 were kept; 3 was computed both times.
  assert.equal(calls, 4);
});
