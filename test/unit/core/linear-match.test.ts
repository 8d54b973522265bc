// SPDX-License-Identifier: Apache-2.0
// The linear-time matcher: the same answers as JavaScript's RegExp on the supported subset (on seeded
// random texts: test/fuzz/linear-match.test.ts), and globs as the old regex translations read them. Patterns
// that make RegExp backtrack exponentially, on long texts: test/hostile/linear-match.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileGlob, compileRegex, MAX_STATES } from '../../../server/src/core/linear-match';


void describe('linear-match: regular expressions', () => {
  void it('refuses backreferences and lookaround, rejects invalid syntax', () => {
    for (const src of ['(a)\\1', '(?=a)', '(?<n>a)', '\\bword']) assert.deepEqual(compileRegex(src).ok ? 'ok' : (compileRegex(src) as { reason: string }).reason, 'unsupported', src);
    for (const src of ['(a', 'a)', '*a', '[z-a]', 'a**', '\\']) assert.deepEqual(compileRegex(src).ok ? 'ok' : (compileRegex(src) as { reason: string }).reason, 'invalid', src);
  });

  void it('bounds the pattern size: deep groups and large counts are "too complex"', () => {
    for (const src of ['('.repeat(200) + 'a' + ')'.repeat(200), 'a{5000}', '(a{900}){900}', 'x'.repeat(MAX_STATES + 1)]) {
      const c = compileRegex(src);
      assert.ok(!c.ok && c.reason === 'too-complex', src.slice(0, 20));
    }
  });

});

void describe('linear-match: globs', () => {
  void it('value globs: * matches anything, other characters are literal', () => {
    const g = compileGlob('*Unauthorized?Op*', { paths: false });
    assert.ok(g.ok);
    assert.ok(g.matcher.test('Client.Unauthorized?Operation'));
    assert.ok(!g.matcher.test('Client.UnauthorizedXOperation'));
    assert.ok(g.matcher.test('a\nUnauthorized?Op'));
  });

  void it('path globs: * within a name, ** across folders, ? one character', () => {
    const cases: [string, string, boolean][] = [
      ['legacy/**', 'legacy/a/b.tf', true],
      ['**/*.test.tf', 'a/b/c.test.tf', true],
      ['**/*.test.tf', 'c.test.tf', true],
      ['*.tf', 'a/b.tf', false],
      ['a?.tf', 'ab.tf', true],
      ['a?.tf', 'a/.tf', false],
    ];
    for (const [glob, path, expected] of cases) {
      const g = compileGlob(glob, { paths: true });
      assert.ok(g.ok);
      assert.equal(g.matcher.test(path), expected, `${glob} ~ ${path}`);
    }
  });

});
