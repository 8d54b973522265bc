// SPDX-License-Identifier: Apache-2.0
// OffsetShift (core/shift-offsets.ts), which moves the last CloudFormation keystroke's model parts and rule
// results in place: what moves and what does not, shared objects moved once, replacements swapped wherever
// they are held, and the bounds that let a later edit skip what lies wholly before it (a stale bound would
// leave offsets unmoved, which the reuse's differential test would only catch on the edits it happens to
// make).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OffsetShift } from '../../../server/src/core/shift-offsets';

const span = (start: number, end: number): { start: number; end: number } => ({ start, end });

test('offsets at or after the edit move by its length difference, in place; earlier ones and other numbers stay', () => {
  const before = span(10, 20);
  const after = span(30, 40);
  const across = span(25, 35);
  const value = { list: [{ ref: { file: 'a.yaml', span: before } }, { ref: { file: 'a.yaml', span: after } }], across, count: 50, start: 'not a number' };
  const out = new OffsetShift(30, 4).apply(value);
  assert.equal(out, value, 'the same object');
  assert.deepEqual(before, { start: 10, end: 20 });
  assert.deepEqual(after, { start: 34, end: 44 });
  assert.deepEqual(across, { start: 25, end: 39 }, 'each offset on its own');
  assert.equal(value.count, 50, 'only start and end are offsets');
  assert.equal(value.start, 'not a number');
});

test('an object reached twice moves once', () => {
  const shared = span(100, 110);
  const value = { a: { span: shared }, b: [shared, { inner: shared }], c: new Map([['k', shared]]) };
  new OffsetShift(50, -7).apply(value);
  assert.deepEqual(shared, { start: 93, end: 103 });
});

test('the same shift applied to several values moves what they share once', () => {
  const shared = span(60, 70);
  const shift = new OffsetShift(0, 1);
  shift.apply([{ ref: shared }]);
  shift.apply({ findings: [{ ref: shared }] });
  assert.deepEqual(shared, { start: 61, end: 71 });
});

test('replacements are put where the old objects were held: fields, array items, map values, set items in order', () => {
  const oldA = { logicalId: 'A', node: span(5, 9) };
  const oldB = { logicalId: 'B', node: span(50, 90) };
  const newB = { logicalId: 'B', node: span(52, 92) };
  const set = new Set<object>([oldA, oldB, span(1, 2)]);
  const value = { target: { resource: oldB }, list: [oldA, oldB], map: new Map<string, object>([['b', oldB]]), set };
  const shift = new OffsetShift(40, 2, new Map<object, object>([[oldA, oldA], [oldB, newB]]), (r) => (r as typeof newB).node.end);
  shift.apply(value);
  assert.equal(value.target.resource, newB);
  assert.deepEqual(value.list, [oldA, newB]);
  assert.equal(value.map.get('b'), newB);
  assert.deepEqual([...set].map((x) => ('logicalId' in x ? x.logicalId : 'span')), ['A', 'B', 'span']);
  assert.equal([...set][1], newB);
  assert.deepEqual(oldB.node, { start: 50, end: 90 }, 'a replaced object is not walked');
});

test('a cycle ends', () => {
  const a: Record<string, unknown> = { span: span(10, 12) };
  const b: Record<string, unknown> = { back: a, span: span(20, 22) };
  a['next'] = b;
  new OffsetShift(0, 3).apply([a, b]);
  assert.deepEqual(a['span'], { start: 13, end: 15 });
  assert.deepEqual(b['span'], { start: 23, end: 25 });
});

test('an edit that keeps the length moves nothing', () => {
  const s = span(10, 20);
  new OffsetShift(5, 0).apply({ s });
  assert.deepEqual(s, { start: 10, end: 20 });
});

test('after a walk, a list element wholly before the next edit is not walked again, and a moved one keeps its new bound', () => {
  let reads = 0;
  // An element that counts how often it is walked (its keys listed).
  const counted = (inner: object): object =>
    new Proxy(inner, {
      ownKeys(target) {
        reads++;
        return Reflect.ownKeys(target);
      },
    });
  const early = span(10, 20);
  const late = span(100, 110);
  const list = [counted({ ref: { span: early } }), counted({ ref: { span: late } })];
  // The first walk learns the bounds: 20 and 110 (the late one moved to 115).
  new OffsetShift(50, 5).apply(list);
  assert.deepEqual(late, { start: 105, end: 115 });
  const walked = reads;
  assert.ok(walked >= 2);
  // An edit at 112 lies after the early element (bound 20): only the late one is walked, and its bound is
  // the moved one (115), not the 110 it had before the first edit.
  new OffsetShift(112, 3).apply(list);
  assert.equal(reads - walked, 1, 'only the element that reaches the edit is walked');
  assert.deepEqual(late, { start: 105, end: 118 });
  assert.deepEqual(early, { start: 10, end: 20 });
  // And after that move its bound is 118.
  new OffsetShift(117, 1).apply(list);
  assert.deepEqual(late, { start: 105, end: 119 });
});
