// SPDX-License-Identifier: Apache-2.0
// Shapes: whether two patterns have a string in common. The answer may be "yes" when unsure, never "no"
// when a string matches both (checked on seeded random strings against JavaScript's RegExp, in
// test/fuzz/shape.test.ts); the CloudFormation constraints the corpus uses decide what they should.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allowedPatternShape, literalShape, mayMatchBoth, piecesShape, PSEUDO_SHAPES, readablePattern } from '../../../server/src/core/shape';
import { Unknown } from '../../../server/src/core/value';

const CIDR_16_28 = '^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])(\\/(1[6-9]|2[0-8]))$';
const ANY_V4 = '\\s*[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}/0{1,3}\\s*';

void describe('shapes', () => {
  void it('decides the constraints seen in the corpus', () => {
    assert.equal(mayMatchBoth(CIDR_16_28, ANY_V4), false, 'a /16-/28 CIDR is never a /0 block');
    assert.equal(mayMatchBoth('(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})', ANY_V4), true, 'any prefix length may be 0');
    assert.equal(mayMatchBoth('^(\\d{12})$|^((\\d{12}(,|, ))*\\d{12})$', '\\*'), false);
    assert.equal(mayMatchBoth('[\\w+=,.@-]+', ''), false, 'a + pattern admits no empty value');
    assert.equal(mayMatchBoth('[\\w+=,.@-]*', ''), true);
    const roleArn = `arn:(${PSEUDO_SHAPES['AWS::Partition']}):iam::(${PSEUDO_SHAPES['AWS::AccountId']}):role/x`;
    assert.equal(mayMatchBoth(roleArn, '\\*'), false);
    assert.equal(mayMatchBoth(`arn:(${PSEUDO_SHAPES['AWS::Partition']}):iam::(.*):root`, 'arn:aws[-a-z]*:iam::\\*:root'), true, 'an account id from anywhere may be "*"');
    assert.equal(mayMatchBoth(literalShape('0.0.0.0/0') + '|10\\.0\\.0\\.0/8', ANY_V4), true);
  });

  void it('an AllowedPattern not anchored at both ends also holds if it were searched for', () => {
    assert.equal(allowedPatternShape(CIDR_16_28), CIDR_16_28, 'anchored: as written');
    const profile = allowedPatternShape('[\\w+=,.@-]+')!;
    assert.equal(mayMatchBoth(profile, ''), false, 'still never empty');
    assert.equal(mayMatchBoth(profile, 'a\\*'), true, '"a*" would pass a search for the pattern: may');
    assert.equal(mayMatchBoth(allowedPatternShape('^a$|b')!, 'xbx'), true);
    assert.equal(allowedPatternShape('(?=a)'), undefined);
  });

  void it('answers "may" for syntax it does not read', () => {
    for (const p of ['(a)\\1', '(?=a)b', '(?i)abc', 'a{2000}', '[[:alpha:]]', 'a)']) {
      assert.equal(readablePattern(p), false, p);
      assert.equal(mayMatchBoth(p, 'zzz'), true, p);
    }
  });

  void it('the pieces of a split string are made of its characters', () => {
    const pieces = piecesShape('^(\\d{12})$|^((\\d{12}(,|, ))*\\d{12})$', ',')!;
    assert.equal(mayMatchBoth(pieces, '\\*'), false);
    assert.equal(mayMatchBoth(pieces, ' 123456789012'), true);
    assert.equal(piecesShape('.*', ','), undefined, 'any character, beyond ASCII too');
  });

  void it('an Unknown without a shape may be anything', () => {
    const span = { start: 0, end: 0 };
    assert.equal(new Unknown('reference', span, 'parameter P').mayBe('\\*'), true);
    assert.equal(new Unknown('reference', span, 'parameter P', { kind: 'parameter', name: 'P' }, undefined, CIDR_16_28).mayBe(ANY_V4), false);
  });
});
