// SPDX-License-Identifier: Apache-2.0
// The linear-time matcher on hostile patterns: regular expressions that make RegExp backtrack
// exponentially, and star-heavy globs, over texts of thousands of characters, finish at once (the tests
// carry a timeout instead of timing themselves). The matcher's semantics are in test/unit/core/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileGlob, compileRegex } from '../../server/src/core/linear-match';

void describe('linear-match on hostile patterns', () => {
  void it('matches catastrophic-backtracking patterns in linear time', { timeout: 5000 }, () => {
    const text = 'x'.repeat(20000);
    for (const src of ['^(.|.|.)*Q$', '(a*)*b', '(x+x+)+y', '^(\\w+\\s?)*$!']) {
      const c = compileRegex(src);
      assert.ok(c.ok);
      assert.equal(c.matcher.test(text), false, src);
    }
  });  void it('star-heavy globs finish at once', { timeout: 5000 }, () => {
    const text = 'a'.repeat(5000);
    for (const [glob, paths] of [
      ['*'.repeat(40) + 'Q', false],
      ['*a'.repeat(40) + '*b', true],
      ['x/' + '**/'.repeat(40) + 'Q', true],
      ['**/'.repeat(40) + 'Q', true],
    ] as const) {
      const g = compileGlob(glob, { paths });
      assert.ok(g.ok, glob);
      assert.equal(g.matcher.test(text), false, glob);
      assert.equal(g.matcher.test('x/' + 'a/'.repeat(2000) + 'b'), false, glob);
    }
  });});
