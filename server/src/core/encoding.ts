// SPDX-License-Identifier: Apache-2.0
// Files as text. Terraform and CloudFormation read UTF-8 only; a file in another encoding is still
// checked (as an editor would show it), with an error saying that the tools will reject it: UTF-16 with
// a byte order mark, or without one but told by its NUL bytes, is decoded as UTF-16, invalid UTF-8 is read with replacement characters and the
// first bad byte is pointed at. Nothing is read as empty or silently altered.

export interface EncodingProblem {
  message: string;
  /** UTF-16 offset in the decoded text. */
  offset: number;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeFile(buf: Buffer): { text: string; problem?: EncodingProblem } {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const le = buf[0] === 0xff;
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(buf);
    const message = `This file is UTF-16 (${le ? 'little' : 'big'}-endian, with a byte order mark); Terraform and CloudFormation read UTF-8 only and will reject it. It is checked as decoded from UTF-16: save it as UTF-8.`;
    return { text, problem: { message, offset: 0 } };
  }
  const guessed = utf16WithoutMark(buf);
  if (guessed) {
    const text = new TextDecoder(guessed === 'le' ? 'utf-16le' : 'utf-16be').decode(buf);
    const message = `This file looks like UTF-16 (${guessed === 'le' ? 'little' : 'big'}-endian, without a byte order mark: a NUL byte beside every character); Terraform and CloudFormation read UTF-8 only and will reject it. It is checked as decoded from UTF-16: save it as UTF-8.`;
    return { text, problem: { message, offset: 0 } };
  }
  const text = buf.toString('utf8');
  try {
    strictUtf8.decode(buf);
    return { text };
  } catch {
    const at = firstInvalidUtf8(buf);
    const offset = buf.subarray(0, at).toString('utf8').length;
    const byte = buf[at]!.toString(16).toUpperCase().padStart(2, '0');
    const message = `Invalid character encoding: byte 0x${byte} is not valid UTF-8, which Terraform and CloudFormation require. The file is checked with the invalid bytes read as U+FFFD: save it as UTF-8.`;
    return { text, problem: { message, offset } };
  }
}

/**
 * UTF-16 without a byte order mark, told by its NUL bytes: in the first 512 bytes, at least nine in ten
 * code units of ASCII text have a zero high byte on the same side, and no zero byte on the other side.
 * UTF-8 text has no such NULs (read as UTF-8 it would be one "invalid character" per character).
 */
function utf16WithoutMark(buf: Buffer): 'le' | 'be' | undefined {
  const n = Math.min(buf.length, 512) & ~1;
  if (n < 4) return undefined;
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < n; i++) {
    if (buf[i] !== 0) continue;
    if (i % 2 === 0) zeroEven++;
    else zeroOdd++;
  }
  const units = n / 2;
  if (zeroOdd >= 0.9 * units && zeroEven === 0) return 'le';
  if (zeroEven >= 0.9 * units && zeroOdd === 0) return 'be';
  return undefined;
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence (buf.length if none). */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    let n: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [n, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [n, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += n + 1;
  }
  return buf.length;
}
