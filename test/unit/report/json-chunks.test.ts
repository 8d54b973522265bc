// SPDX-License-Identifier: Apache-2.0
// jsonChunks writes, in pieces, exactly what JSON.stringify(value, null, 2) writes: seeded random
// documents (deep and shallow, long arrays, members JSON leaves out, toJSON, JsonList, strings that need
// escaping), cases at the edges, and the scan formats of a result with many findings.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JsonList, jsonChunks, jsonText } from '../../../server/src/report/json-chunks';
import { mulberry32 } from '../../support/damage';
import { fuzzCount } from '../../support/fuzz';

const STRINGS = ['', 'a', 'line\nbreak', 'quote " and \\ backslash', 'tab\t', 'ü · → 🙂', '\u2028\u2029', '\u0000\u001f', 'module.x → aws_s3_bucket.b'];

function randomValue(r: () => number, depth: number): unknown {
  const pick = r();
  if (depth > 6 || pick < 0.35) {
    const leaf = Math.floor(r() * 12);
    return [null, true, false, 0, -0, 1.5, -42, Number.NaN, Infinity, STRINGS[Math.floor(r() * STRINGS.length)], undefined, new Date(Math.floor(r() * 1e12))][leaf];
  }
  if (pick < 0.6) {
    // Arrays around the long-array threshold, sometimes much longer, sometimes with holes.
    const long = depth < 2 && r() < 0.1;
    const n = long ? 100 + Math.floor(r() * 200) : r() < 0.2 ? 30 + Math.floor(r() * 10) : Math.floor(r() * 5);
    const a: unknown[] = [];
    // Elements of long arrays are shallow: the documents stay small enough to make thousands.
    for (let i = 0; i < n; i++) a.push(randomValue(r, long || n > 5 ? depth + 4 : depth + 1));
    if (r() < 0.05) a.length += 2;
    return a;
  }
  if (pick < 0.7) {
    const items = Array.from({ length: Math.floor(r() * 40) }, (_, i) => i);
    const shape = Math.floor(r() * 3);
    return new JsonList(items, (i) => (shape === 0 ? { index: i, nested: { deeper: [i, String(i)] } } : shape === 1 ? undefined : i % 3 === 0 ? () => i : `item ${i}`));
  }
  const o: Record<string, unknown> = {};
  const n = Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    const k = r() < 0.1 ? String(Math.floor(r() * 10)) : r() < 0.1 ? 'ke"y\n' : `k${Math.floor(r() * 20)}`;
    o[k] = r() < 0.1 ? () => 1 : r() < 0.05 ? Symbol('s') : randomValue(r, depth + 1);
  }
  const toJson = r();
  if (toJson < 0.05) Object.defineProperty(o, 'toJSON', { value: (key: string) => (key === '' ? 'top' : { fromToJson: key }), enumerable: false });
  else if (toJson < 0.08) Object.defineProperty(o, 'toJSON', { value: () => undefined, enumerable: false });
  return o;
}

describe('jsonChunks', () => {
  void it('edges: empty containers, left-out members, top-level primitives, undefined', () => {
    const cases: unknown[] = [{}, [], { a: undefined, b: () => 1 }, [undefined, () => 1], 'x', 1, null, { a: { b: { c: { d: { e: [1, { f: [] }] } } } } }, new JsonList([], (x) => x), { list: new JsonList([1, 2], (x) => x * 2) }, new Date(0)];
    for (const c of cases) assert.equal(jsonText(c), JSON.stringify(c, null, 2), JSON.stringify(c));
    assert.equal(jsonText(undefined), '');
    assert.deepEqual([...jsonChunks(() => 1)], []);
  });

  void it('a long list is written in many chunks, and its items are made one at a time', () => {
    let made = 0;
    let most = 0;
    let live = 0;
    const list = new JsonList(
      Array.from({ length: 1000 }, (_, i) => i),
      (i) => {
        made++;
        live++;
        most = Math.max(most, live);
        return { i, text: `finding ${i}` };
      },
    );
    const chunks: string[] = [];
    for (const c of jsonChunks({ findings: list })) {
      chunks.push(c);
      live = 0;
    }
    assert.equal(made, 1000);
    assert.ok(most <= 1, `at most one item made between chunks (${most})`);
    assert.ok(chunks.length > 1000);
    assert.equal(chunks.join(''), JSON.stringify({ findings: list }, null, 2));
  });

  void it('seeded random documents: the same text as JSON.stringify(value, null, 2)', () => {
    const count = fuzzCount(1500);
    for (let seed = 1; seed <= count; seed++) {
      const r = mulberry32(seed);
      const v = randomValue(r, 0);
      // JSON.stringify answers undefined for what it cannot write at all; jsonText an empty text.
      assert.equal(jsonText(v), (JSON.stringify(v, null, 2) as string | undefined) ?? '', `seed ${seed}`);
    }
  });
});
