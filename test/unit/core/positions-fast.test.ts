// SPDX-License-Identifier: Apache-2.0
// LineIndex finds the lines of ASCII text without `\r` by indexOf; any other text goes through the loop
// over every character. Both must give the same positions: a text ending in a non-ASCII character takes the
// loop, and every offset before that character must map as in the same text without it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/core/positions';

function positions(l: LineIndex, upTo: number): unknown[] {
  const out: unknown[] = [];
  for (let o = 0; o <= upTo; o++) out.push([l.lspPosition(o), l.hclPosition(o), l.byteOffset(o), l.lineOf(o)]);
  return out;
}

void describe('LineIndex fast path', () => {
  for (const text of ['', 'a', '\n', 'a\n', '\n\nb', 'resource "x" "y" {\n  a = 1\n}\n', 'x\n\n\ny\nz', '\t\v\f\n~\x7f\n']) {
    void it(`${JSON.stringify(text)}: the same positions as the general loop`, () => {
      const fast = new LineIndex(text);
      const slow = new LineIndex(`${text}é`);
      assert.deepEqual(positions(fast, text.length), positions(slow, text.length));
      assert.equal(fast.lineCount, slow.lineCount);
      for (let line = 0; line < fast.lineCount; line++) assert.equal(fast.lineStart(line), slow.lineStart(line));
    });
  }
});
