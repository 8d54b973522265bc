// SPDX-License-Identifier: Apache-2.0
// Converts UTF-16 offsets (what the syntax tree stores) to the other position systems in play:
// LSP positions (line, UTF-16 character), and HashiCorp positions (1-based line, 1-based column counting
// characters, 0-based byte offset in UTF-8). Built once per text; each lookup is a binary search.

/** An LSP-style position: 0-based line and UTF-16 character. */
export interface LspPosition {
  line: number;
  character: number;
}

/** A HashiCorp-style position: 1-based line and column (characters), 0-based UTF-8 byte offset. */
export interface HclPosition {
  Line: number;
  Column: number;
  Byte: number;
}

/** A character that needs the general loop below: beyond ASCII, or a `\r` (a lone one is a line break). */
const NOT_ASCII_OR_CR = /[^\x00-\x0c\x0e-\x7f]/;

export class LineIndex {
  /** UTF-16 offset at which each line starts. */
  private readonly lineStarts: number[];
  /** UTF-8 byte offset at which each line starts. */
  private readonly lineStartBytes: number[];
  private readonly ascii: boolean;
  /** Line starts as HashiCorp counts them (`\n` only); the same array when the text has no lone `\r`. */
  private readonly hclStarts: number[];

  constructor(private readonly text: string) {
    // Most files are ASCII with `\n` line ends: their line starts are found by indexOf (much faster than
    // a loop over every character, which was a few % of a workspace scan), and bytes are characters.
    if (!NOT_ASCII_OR_CR.test(text)) {
      const starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
      this.lineStartBytes = starts;
      this.hclStarts = starts;
      this.ascii = true;
      return;
    }
    const starts = [0];
    const bytes = [0];
    let hcl: number[] | null = null;
    let byte = 0;
    let ascii = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        byte += 1;
      } else {
        ascii = false;
        if (c < 0x800) byte += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
          byte += 4;
          i++;
        } else byte += 3;
      }
      // Every line break LSP knows: `\n`, `\r\n` and a lone `\r` (which HashiCorp's parser accepts in a
      // comment); counting `\n` only would shift every later position by a line.
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        if (c === 13) hcl ??= starts.slice();
        else hcl?.push(i + 1);
        starts.push(i + 1);
        bytes.push(byte);
      }
    }
    this.hclStarts = hcl ?? starts;
    this.lineStarts = starts;
    this.lineStartBytes = bytes;
    this.ascii = ascii;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Length of the indexed text (UTF-16 code units): offsets are clamped to it. */
  get textLength(): number {
    return this.text.length;
  }

  /** 0-based line containing the offset. */
  lineOf(offset: number, starts = this.lineStarts): number {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(line: number): number {
    return this.lineStarts[line] ?? this.text.length;
  }

  /** LSP position of a UTF-16 offset. */
  lspPosition(offset: number): LspPosition {
    const o = clamp(offset, this.text.length);
    const line = this.lineOf(o);
    return { line, character: o - this.lineStarts[line]! };
  }

  /** UTF-16 offset of an LSP position, clamped to the line. */
  offsetAt(pos: LspPosition): number {
    if (pos.line >= this.lineStarts.length) return this.text.length;
    if (pos.line < 0) return 0;
    const start = this.lineStarts[pos.line]!;
    const next = pos.line + 1 < this.lineStarts.length ? this.lineStarts[pos.line + 1]! : this.text.length;
    return Math.min(start + Math.max(0, pos.character), next);
  }

  /** UTF-8 byte offset of a UTF-16 offset. */
  byteOffset(offset: number): number {
    const o = clamp(offset, this.text.length);
    if (this.ascii) return o;
    const line = this.lineOf(o);
    return this.lineStartBytes[line]! + utf8Length(this.text, this.lineStarts[line]!, o);
  }

  /** HashiCorp position (line, column in characters, byte) of a UTF-16 offset. */
  hclPosition(offset: number): HclPosition {
    const o = clamp(offset, this.text.length);
    const line = this.lineOf(o, this.hclStarts);
    const start = this.hclStarts[line]!;
    const column = this.ascii ? o - start : countCharacters(this.text, start, o);
    return { Line: line + 1, Column: column + 1, Byte: this.byteOffset(o) };
  }
}

function clamp(offset: number, max: number): number {
  return offset < 0 ? 0 : offset > max ? max : offset;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** UTF-8 length of text[from, to). */
export function utf8Length(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Characters in text[from, to) as HashiCorp counts columns: by grapheme cluster. Combining marks
 * (U+0300-U+036F and a few other ranges) and zero-width joiner sequences join the preceding character.
 */
function countCharacters(text: string, from: number, to: number): number {
  let n = 0;
  let joinNext = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) {
      const cp = ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      i++;
      if (joinNext || isExtendingCodePoint(cp)) {
        joinNext = false;
        continue;
      }
      n++;
      continue;
    }
    if (c === 0x200d) {
      joinNext = true;
      continue;
    }
    if (joinNext || isExtendingCodePoint(c)) {
      joinNext = false;
      continue;
    }
    // CR LF is one grapheme cluster.
    if (c === 10 && i > from && text.charCodeAt(i - 1) === 13) continue;
    n++;
  }
  return n;
}

function isExtendingCodePoint(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}
