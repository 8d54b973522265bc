// SPDX-License-Identifier: Apache-2.0
// decodeFile: UTF-16 with a byte order mark is decoded and reported; invalid UTF-8 is pointed at by its
// first bad byte (which agrees with the platform's strict decoder on random bytes: test/fuzz/encoding.test.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeFile } from '../../../server/src/core/encoding';


void describe('decodeFile', () => {
  void it('UTF-8 is read as is, without a problem', () => {
    assert.deepEqual(decodeFile(Buffer.from('a = "é😀"\n')), { text: 'a = "é😀"\n' });
  });
  void it('UTF-16 with a byte order mark, either byte order', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('x = 1\n', 'utf16le')]);
    const be = Buffer.from(le).swap16();
    for (const b of [le, be]) {
      const r = decodeFile(b);
      assert.equal(r.text, 'x = 1\n');
      assert.match(r.problem!.message, /UTF-16/);
    }
  });
  void it('UTF-16 without a byte order mark, told by its NUL bytes; UTF-8 with a few NULs is not', () => {
    const le = Buffer.from('resource "aws_s3_bucket" "b" {}\n', 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [b, order] of [[le, 'little'], [be, 'big']] as const) {
      const r = decodeFile(b);
      assert.equal(r.text, 'resource "aws_s3_bucket" "b" {}\n');
      assert.match(r.problem!.message, new RegExp(`UTF-16 \\(${order}-endian, without a byte order mark`));
    }
    assert.deepEqual(decodeFile(Buffer.from('a = "\u0000"\nb = 1\n')), { text: 'a = "\u0000"\nb = 1\n' });
    assert.deepEqual(decodeFile(Buffer.from('ab')), { text: 'ab' });
  });
  void it('invalid UTF-8: the offset of the first bad byte in the decoded text', () => {
    const r = decodeFile(Buffer.concat([Buffer.from('ab\né'), Buffer.from([0xc3, 0x28]), Buffer.from('z')]));
    assert.equal(r.problem!.offset, 4);
    assert.match(r.problem!.message, /byte 0xC3/);
  });

});
