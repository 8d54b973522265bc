// SPDX-License-Identifier: Apache-2.0
// patternCovers (rules/lib/iam-actions.ts): IAM action patterns as policies write them, matched without
// making a regular expression per call, always as the regular expression it stands for does.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { patternCovers, patternRegExp } from '../../../rules/lib/iam-actions';

void describe('patternCovers', () => {
  it('matches IAM patterns case-insensitively', () => {
    assert.equal(patternCovers('iam:PassRole', 'iam:PassRole'), true);
    assert.equal(patternCovers('IAM:passrole', 'iam:PassRole'), true);
    assert.equal(patternCovers('iam:Pass*', 'iam:PassRole'), true);
    assert.equal(patternCovers('iam:*Role', 'iam:PassRole'), true);
    assert.equal(patternCovers('*', 'iam:PassRole'), true);
    assert.equal(patternCovers('iam:P?ssRole', 'iam:PassRole'), true);
    assert.equal(patternCovers('iam:Get*', 'iam:PassRole'), false);
    assert.equal(patternCovers('iam:PassRole2', 'iam:PassRole'), false);
    assert.equal(patternCovers('iam:PassRol', 'iam:PassRole'), false);
    assert.equal(patternCovers('iam.PassRole', 'iam:PassRole'), false, '`.` is a literal dot');
    assert.equal(patternCovers('i*:*s*R*e', 'iam:PassRole'), true);
    assert.equal(patternCovers('iam:*\n', 'iam:PassRole'), false);
  });

  it('answers as the regular expression on every pattern of a seeded set (line breaks and non-ASCII included)', () => {
    let seed = 42;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const alphabet = ['a', 'A', 'b', 's', 'S', ':', '*', '*', '?', '.', '\n', 'ß', 'K', 'k', 'İ', 'ı', '(', '['];
    const word = (n: number): string => Array.from({ length: n }, () => alphabet[random(alphabet.length)]!).join('');
    for (let k = 0; k < 20000; k++) {
      const pattern = word(random(7));
      const action = random(3) === 0 ? pattern.replace(/[*?]/g, () => word(random(3))) : word(random(7));
      assert.equal(patternCovers(pattern, action), patternRegExp(pattern).test(action), JSON.stringify([pattern, action]));
    }
  });
});
