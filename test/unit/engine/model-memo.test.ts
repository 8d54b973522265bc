// SPDX-License-Identifier: Apache-2.0
// Per-model memos and the reads they record (engine/model-memo.ts): a rule that uses a value another rule
// built must depend on what building it read, or the CloudFormation keystroke reuse (service/cfn-reuse.ts)
// would keep that rule's findings when those parts change. The reuse's differential fuzz test does not reach
// every such case (its rules rarely read a changed part only through a memo), so it is checked here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoOn, readsAny, READS_ALL, RECORDING } from '../../../server/src/engine/model-memo';
import type { ReadHolder, RecordingView } from '../../../server/src/engine/model-memo';

/** A recording view of `model` as cfn-reuse.ts makes one per rule: each key read is noted as `m:<key>`. */
function viewOf<T extends object>(model: T, holder: ReadHolder): T {
  return new Proxy(model, {
    get(target, key, receiver) {
      if (key === RECORDING) return { target, holder } satisfies RecordingView;
      if (typeof key === 'string') holder.reads.add(`m:${key}`);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

const newHolder = (): ReadHolder => ({ reads: new Set<string>() });
const dependsOn = (h: ReadHolder, ...names: string[]): boolean => readsAny(h, new Set(names));

interface Model {
  buckets: number[];
  trails: number[];
  keys: number[];
}

const model = (): Model => ({ buckets: [1, 2], trails: [3], keys: [4] });

test('a memo built under one rule records its reads for that rule and for every rule that uses it later', () => {
  const m = model();
  const count = (view: Model): number => memoOn(view, 'count', () => view.buckets.length + view.trails.length);
  const first = newHolder();
  assert.equal(count(viewOf(m, first)), 3);
  const second = newHolder();
  assert.equal(count(viewOf(m, second)), 3, 'the memoized value');
  for (const [name, h] of [
    ['the rule that built it', first],
    ['a rule that only used it', second],
  ] as const) {
    assert.ok(dependsOn(h, 'm:buckets'), `${name} depends on buckets`);
    assert.ok(dependsOn(h, 'm:trails'), `${name} depends on trails`);
    assert.ok(!dependsOn(h, 'm:keys'), `${name} does not depend on keys`);
  }
});

test('reads made while a memo is built go to the memo, and through it to each user; reads after it stay the rule\'s own', () => {
  const m = model();
  const h = newHolder();
  const view = viewOf(m, h);
  memoOn(view, 'trails', () => view.trails.length);
  void view.keys;
  const other = newHolder();
  memoOn(viewOf(m, other), 'trails', () => -1);
  assert.ok(dependsOn(other, 'm:trails'));
  assert.ok(!dependsOn(other, 'm:keys'), 'a read the first rule made outside the memo is not the memo\'s');
  assert.ok(dependsOn(h, 'm:keys') && dependsOn(h, 'm:trails'));
});

test('a memo built from another memo carries that memo\'s reads too', () => {
  const m = model();
  const inner = (view: Model): number => memoOn(view, 'inner', () => view.keys.length);
  const outer = (view: Model): number => memoOn(view, 'outer', () => inner(view) + view.buckets.length);
  // The inner one is built first, by another rule, so the outer build only hits it.
  inner(viewOf(m, newHolder()));
  outer(viewOf(m, newHolder()));
  const user = newHolder();
  assert.equal(outer(viewOf(m, user)), 3);
  assert.ok(dependsOn(user, 'm:buckets'), 'what the outer memo read itself');
  assert.ok(dependsOn(user, 'm:keys'), 'what the inner memo read, reached through the outer one');
  assert.ok(!dependsOn(user, 'm:trails'));
});

test('a memo built without a recording makes its users depend on everything', () => {
  const m = model();
  memoOn(m, 'plain', () => m.trails.length);
  const h = newHolder();
  memoOn(viewOf(m, h), 'plain', () => -1);
  assert.ok(dependsOn(h, READS_ALL));
  assert.ok(!dependsOn(h, 'm:buckets'), 'only through the marker that matches every change');
});

test('memos are per model: another model builds its own, with its own reads', () => {
  const a = model();
  const b = { ...model(), buckets: [9] };
  const size = (view: Model): number => memoOn(view, 'size', () => view.buckets.length);
  assert.equal(size(viewOf(a, newHolder())), 2);
  const h = newHolder();
  assert.equal(size(viewOf(b, h)), 1);
  assert.ok(dependsOn(h, 'm:buckets'));
});
