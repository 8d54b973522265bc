// SPDX-License-Identifier: Apache-2.0
// The HCL native-syntax scanner. It reproduces hclsyntax's token stream token for token (same kinds, same
// boundaries), because the parser's error recovery is defined over that stream: a half-typed file only
// recovers like Terraform's own parser if both see the same tokens. Checked against `hcl-oracle -lexdump`
// on the whole corpus by test/corpus/hcl-ranges.test.ts.
//
// The scanner is a small state machine with a mode stack, like the Ragel original: `main` (expressions and
// structure), `quoted` (inside "..."), `heredoc` (inside <<EOT). Entering `${` / `%{` pushes `main` and
// remembers the brace depth at which the matching `}` returns to the template.

import { T, type Token, type TokenStream } from './tokens';

const enum Mode {
  Main,
  Quoted,
  Heredoc,
  /** A template with no delimiters (the content of a `.tf.json` string): like a heredoc that never ends. */
  Bare,
}

interface HeredocState {
  marker: string;
  startOfLine: boolean;
}

const SELF_TOKENS: Record<string, T> = {
  '[': T.OBrack,
  ']': T.CBrack,
  '(': T.OParen,
  ')': T.CParen,
  '.': T.Dot,
  ',': T.Comma,
  '*': T.Star,
  '/': T.Slash,
  '%': T.Percent,
  '+': T.Plus,
  '-': T.Minus,
  '=': T.Equal,
  '<': T.LessThan,
  '>': T.GreaterThan,
  '!': T.Bang,
  '?': T.Question,
  ':': T.Colon,
  '&': T.BitwiseAnd,
  '|': T.BitwiseOr,
  '~': T.BitwiseNot,
  '^': T.BitwiseXor,
  ';': T.Semicolon,
  '`': T.Backtick,
  "'": T.Apostrophe,
};

/** Single-character token kinds by char code (ASCII only); -1 where the character is not a self token. */
const SELF_BY_CODE: Int16Array = (() => {
  const a = new Int16Array(128).fill(-1);
  for (const [ch, t] of Object.entries(SELF_TOKENS)) a[ch.charCodeAt(0)] = t;
  return a;
})();

const ID_START = /[\p{ID_Start}]/u;
const ID_CONTINUE = /[\p{ID_Continue}]/u;

function isAsciiIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isAsciiIdentContinue(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The code point at i and its length in UTF-16 units (lone surrogates count as one unit). */
function codePointAt(src: string, i: number): [number, number] {
  const cp = src.codePointAt(i) ?? 0;
  return [cp, cp > 0xffff ? 2 : 1];
}

function isIdentStartAt(src: string, i: number): number {
  const c = src.charCodeAt(i);
  if (c < 128) return isAsciiIdentStart(c) ? 1 : 0;
  const [cp, len] = codePointAt(src, i);
  return ID_START.test(String.fromCodePoint(cp)) ? len : 0;
}

function identContinueLen(src: string, i: number): number {
  const c = src.charCodeAt(i);
  if (c < 128) return isAsciiIdentContinue(c) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const [cp, len] = codePointAt(src, i);
  return ID_CONTINUE.test(String.fromCodePoint(cp)) ? len : 0;
}

/** End of an identifier that starts at i (the start already checked). */
function scanIdent(src: string, i: number, firstLen: number): number {
  let j = i + firstLen;
  const n = src.length;
  while (j < n) {
    const c = src.charCodeAt(j);
    if (c < 128) {
      if (!isAsciiIdentContinue(c)) break;
      j++;
    } else {
      const len = identContinueLen(src, j);
      if (len === 0) break;
      j += len;
    }
  }
  return j;
}

/**
 * End of a number literal starting at digit i: digits, dots and exponents (`e`, `e+5`), never ending on a
 * dot (so `1.` is the number `1` and a dot, as in HashiCorp's scanner).
 */
function scanNumber(src: string, i: number): number {
  const n = src.length;
  let j = i + 1;
  let lastGood = j;
  while (j < n) {
    const c = src.charCodeAt(j);
    if (isDigit(c)) {
      j++;
      lastGood = j;
    } else if (c === 46) {
      j++;
    } else if (c === 101 || c === 69) {
      let k = j + 1;
      const s = src.charCodeAt(k);
      if (s === 43 || s === 45) k++;
      if (isDigit(src.charCodeAt(k))) {
        j = k + 1;
        lastGood = j;
      } else break;
    } else break;
  }
  return lastGood;
}

/** Length of a newline at i (`\n` or `\r\n`), or 0. */
function newlineLen(src: string, i: number): number {
  const c = src.charCodeAt(i);
  if (c === 10) return 1;
  if (c === 13 && src.charCodeAt(i + 1) === 10) return 2;
  return 0;
}

/** Lexes a whole configuration file into token objects. The last token is always EOF. */
export function lexHcl(src: string): Token[] {
  const s = lexHclStream(src);
  const out: Token[] = new Array<Token>(s.count);
  for (let i = 0; i < s.count; i++) out[i] = { type: s.types[i] as T, start: s.starts[i]!, end: s.ends[i]! };
  return out;
}

/** Lexes a whole configuration file into the columnar form the parser reads. */
export function lexHclStream(src: string): TokenStream {
  return new Lexer(src, 0, src.length, Mode.Main).run();
}

/** Lexes src[start, end) as a bare template (no quotes, no escapes), for `.tf.json` strings. */
export function lexBareTemplate(src: string, start: number, end: number): TokenStream {
  return new Lexer(src, start, end, Mode.Bare).run();
}

class Lexer {
  private count = 0;
  private types: Uint8Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private readonly modes: Mode[];
  private braces = 0;
  private readonly retBraces: number[] = [];
  private readonly heredocs: HeredocState[] = [];
  private pos: number;

  constructor(
    private readonly src: string,
    start: number,
    private readonly end: number,
    mode: Mode,
  ) {
    this.modes = [mode];
    this.pos = start;
    // Roughly one token per 3-4 characters in real Terraform; grown on demand.
    const guess = Math.max(16, ((end - start) >> 2) + 8);
    this.types = new Uint8Array(guess);
    this.starts = new Int32Array(guess);
    this.ends = new Int32Array(guess);
    // A byte order mark is not part of the text (hclsyntax strips it too).
    if (start === 0 && mode === Mode.Main && src.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  run(): TokenStream {
    const n = this.end;
    while (this.pos < n) {
      const mode = this.modes[this.modes.length - 1]!;
      if (mode === Mode.Main) this.scanMain();
      else if (mode === Mode.Quoted) this.scanQuoted();
      else this.scanHeredoc();
    }
    this.emit(T.EOF, n, n);
    return { count: this.count, types: this.types, starts: this.starts, ends: this.ends };
  }

  private emit(type: T, start: number, end: number): void {
    if (this.count === this.types.length) this.grow();
    const i = this.count++;
    this.types[i] = type;
    this.starts[i] = start;
    this.ends[i] = end;
    this.pos = end;
  }

  private grow(): void {
    const size = this.types.length * 2;
    const types = new Uint8Array(size);
    types.set(this.types);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.types = types;
    this.starts = starts;
    this.ends = ends;
  }

  private pushMode(m: Mode): void {
    this.modes.push(m);
  }

  private popMode(): void {
    // The bottom `main` is never popped: an unbalanced `}` is just a brace.
    if (this.modes.length > 1) this.modes.pop();
  }

  /** Enters a `${` or `%{` sequence: the matching `}` at this depth returns to the template. */
  private beginSequence(type: T, start: number, end: number): void {
    this.emit(type, start, end);
    this.braces++;
    this.retBraces.push(this.braces);
    const hd = this.heredocs[this.heredocs.length - 1];
    if (hd && this.modes[this.modes.length - 1] === Mode.Heredoc) hd.startOfLine = false;
    this.pushMode(Mode.Main);
  }

  private scanMain(): void {
    const src = this.src;
    const i = this.pos;
    const c = src.charCodeAt(i);
    switch (c) {
      case 32: // space
      case 9: {
        // tab: HCL treats tabs as spaces between tokens
        let j = i + 1;
        while (j < this.end && (src.charCodeAt(j) === 32 || src.charCodeAt(j) === 9)) j++;
        this.pos = j;
        return;
      }
      case 10:
        this.emit(T.Newline, i, i + 1);
        return;
      case 13:
        if (src.charCodeAt(i + 1) === 10) this.emit(T.Newline, i, i + 2);
        else this.emit(T.Invalid, i, i + 1);
        return;
      case 35: // #
        this.emit(T.Comment, i, this.lineCommentEnd(i + 1));
        return;
      case 47: {
        // /
        const d = src.charCodeAt(i + 1);
        if (d === 47) {
          this.emit(T.Comment, i, this.lineCommentEnd(i + 2));
          return;
        }
        if (d === 42) {
          const close = src.indexOf('*/', i + 2);
          // An unterminated /* is not a comment: HashiCorp's scanner falls back to `/` and `*` tokens.
          if (close >= 0) {
            this.emit(T.Comment, i, close + 2);
            return;
          }
        }
        this.emit(T.Slash, i, i + 1);
        return;
      }
      case 34: // "
        this.emit(T.OQuote, i, i + 1);
        this.pushMode(Mode.Quoted);
        return;
      case 123: // {
        this.emit(T.OBrace, i, i + 1);
        this.braces++;
        return;
      case 125: // }
        this.closeBrace(i, i + 1, false);
        return;
      case 126: // ~
        if (src.charCodeAt(i + 1) === 125) {
          this.closeBrace(i, i + 2, true);
          return;
        }
        this.emit(T.BitwiseNot, i, i + 1);
        return;
      case 61: {
        // =
        const d = src.charCodeAt(i + 1);
        if (d === 61) this.emit(T.EqualOp, i, i + 2);
        else if (d === 62) this.emit(T.FatArrow, i, i + 2);
        else this.emit(T.Equal, i, i + 1);
        return;
      }
      case 33: // !
        if (src.charCodeAt(i + 1) === 61) this.emit(T.NotEqual, i, i + 2);
        else this.emit(T.Bang, i, i + 1);
        return;
      case 62: // >
        if (src.charCodeAt(i + 1) === 61) this.emit(T.GreaterThanEq, i, i + 2);
        else this.emit(T.GreaterThan, i, i + 1);
        return;
      case 60: // <
        if (src.charCodeAt(i + 1) === 60 && this.tryHeredocStart(i)) return;
        if (src.charCodeAt(i + 1) === 61) this.emit(T.LessThanEq, i, i + 2);
        else this.emit(T.LessThan, i, i + 1);
        return;
      case 38: // &
        if (src.charCodeAt(i + 1) === 38) this.emit(T.And, i, i + 2);
        else this.emit(T.BitwiseAnd, i, i + 1);
        return;
      case 124: // |
        if (src.charCodeAt(i + 1) === 124) this.emit(T.Or, i, i + 2);
        else this.emit(T.BitwiseOr, i, i + 1);
        return;
      case 46: // .
        if (src.charCodeAt(i + 1) === 46 && src.charCodeAt(i + 2) === 46) this.emit(T.Ellipsis, i, i + 3);
        else this.emit(T.Dot, i, i + 1);
        return;
    }
    if (isDigit(c)) {
      this.emit(T.NumberLit, i, scanNumber(src, i));
      return;
    }
    if (c < 128) {
      if (isAsciiIdentStart(c)) {
        this.emit(T.Ident, i, scanIdent(src, i, 1));
        return;
      }
      const self = SELF_BY_CODE[c]!;
      this.emit(self >= 0 ? (self as T) : T.Invalid, i, i + 1);
      return;
    }
    const startLen = isIdentStartAt(src, i);
    if (startLen > 0) {
      this.emit(T.Ident, i, scanIdent(src, i, startLen));
      return;
    }
    this.emitInvalidChar(i);
  }

  /** One character that fits nothing: a lone surrogate is bad UTF-8 in HashiCorp's terms. */
  private emitInvalidChar(i: number): void {
    const c = this.src.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const [cp, len] = codePointAt(this.src, i);
      this.emit(cp > 0xffff ? T.Invalid : T.BadUTF8, i, i + len);
      return;
    }
    this.emit(T.Invalid, i, i + 1);
  }

  /** A line comment runs to and includes the end of line (`\n`), or to the end of the file. */
  private lineCommentEnd(from: number): number {
    const nl = this.src.indexOf('\n', from);
    return nl < 0 ? this.src.length : nl + 1;
  }

  private closeBrace(start: number, end: number, tilde: boolean): void {
    const top = this.retBraces[this.retBraces.length - 1];
    if (top !== undefined && top === this.braces) {
      this.emit(T.TemplateSeqEnd, start, end);
      this.braces--;
      this.retBraces.pop();
      this.popMode();
      return;
    }
    // `~}` outside a template sequence is still a sequence end: the parser reports the misuse.
    this.emit(tilde ? T.TemplateSeqEnd : T.CBrace, start, end);
    this.braces--;
  }

  /** `<<EOT` or `<<-EOT` immediately followed by a newline opens a heredoc; anything else is `<` `<`. */
  private tryHeredocStart(i: number): boolean {
    const src = this.src;
    let j = i + 2;
    if (src.charCodeAt(j) === 45) j++;
    const startLen = isIdentStartAt(src, j);
    if (startLen === 0) return false;
    const identEnd = scanIdent(src, j, startLen);
    const nl = newlineLen(src, identEnd);
    if (nl === 0) return false;
    this.emit(T.OHeredoc, i, identEnd + nl);
    this.heredocs.push({ marker: src.slice(j, identEnd), startOfLine: true });
    this.pushMode(Mode.Heredoc);
    return true;
  }

  /**
   * `$` or `%` inside a template: a `${`/`%{` sequence, the `$${`/`%%{` escape, or a literal. Returns true
   * when it emitted something; `heredoc` selects heredoc rules for the literal case.
   */
  private scanTemplateSigil(i: number, litType: T, heredoc: boolean): void {
    const src = this.src;
    const c = src.charCodeAt(i);
    const d = src.charCodeAt(i + 1);
    if (d === 123) {
      const tilde = src.charCodeAt(i + 2) === 126 ? 1 : 0;
      this.beginSequence(c === 36 ? T.TemplateInterp : T.TemplateControl, i, i + 2 + tilde);
      return;
    }
    if (d === c && src.charCodeAt(i + 2) === 123) {
      const tilde = src.charCodeAt(i + 3) === 126 ? 1 : 0;
      this.emitTemplateLiteral(litType, i, i + 3 + tilde);
      return;
    }
    if (i + 1 >= this.end) {
      // A bare template may end in a lone sigil: that is literal text, not an error.
      this.emit(this.modes[0] === Mode.Bare && this.modes.length === 1 ? litType : T.Invalid, i, i + 1);
      return;
    }
    // In a heredoc, HashiCorp's scanner takes the sigil and one more character as a unit when that
    // character ends the line (`$x` before a newline); everywhere else the sigil stands alone.
    if (heredoc && d !== 10) {
      const [, len] = codePointAt(src, i + 1);
      if (newlineLen(src, i + 1 + len) > 0) {
        this.emitTemplateLiteral(litType, i, i + 1 + len);
        return;
      }
    }
    this.emitTemplateLiteral(litType, i, i + 1);
  }

  private emitTemplateLiteral(type: T, start: number, end: number): void {
    this.emit(type, start, end);
    const hd = this.heredocs[this.heredocs.length - 1];
    if (hd && type === T.StringLit) hd.startOfLine = false;
  }

  private scanQuoted(): void {
    const src = this.src;
    const i = this.pos;
    const c = src.charCodeAt(i);
    if (c === 34) {
      this.emit(T.CQuote, i, i + 1);
      this.popMode();
      return;
    }
    if (c === 36 || c === 37) {
      this.scanTemplateSigil(i, T.QuotedLit, false);
      return;
    }
    if (c === 10 || c === 13) {
      let j = i + 1;
      while (j < this.end && (src.charCodeAt(j) === 10 || src.charCodeAt(j) === 13)) j++;
      this.emit(T.QuotedNewline, i, j);
      return;
    }
    // A run of ordinary characters and backslash escapes.
    let j = i;
    const n = this.end;
    while (j < n) {
      const ch = src.charCodeAt(j);
      if (ch === 34 || ch === 36 || ch === 37 || ch === 10 || ch === 13) break;
      if (ch === 92) {
        const e = src.charCodeAt(j + 1);
        if (j + 1 >= n || e === 10 || e === 13) break;
        j += 1 + codePointAt(src, j + 1)[1];
        continue;
      }
      j++;
    }
    if (j === i) {
      // A backslash before a newline or the end of the file.
      this.emit(T.Invalid, i, i + 1);
      return;
    }
    this.emit(T.QuotedLit, i, j);
  }

  /** Heredoc content, and bare templates (which have no closing marker). */
  private scanHeredoc(): void {
    const src = this.src;
    const i = this.pos;
    const c = src.charCodeAt(i);
    const bare = this.modes[this.modes.length - 1] === Mode.Bare;
    const hd = bare ? { marker: '', startOfLine: false } : this.heredocs[this.heredocs.length - 1]!;
    if (c === 36 || c === 37) {
      this.scanTemplateSigil(i, T.StringLit, true);
      return;
    }
    // A run up to `$`, `%` or the end of the line.
    const n = this.end;
    let j = i;
    while (j < n) {
      const ch = src.charCodeAt(j);
      if (ch === 36 || ch === 37 || ch === 10) break;
      if (ch === 13 && src.charCodeAt(j + 1) === 10) break;
      j++;
    }
    const nl = j < n ? newlineLen(src, j) : 0;
    if (nl === 0) {
      hd.startOfLine = false;
      this.emit(T.StringLit, i, j);
      return;
    }
    if (!bare && hd.startOfLine && src.slice(i, j).trim() === hd.marker && isHclSpaceOnly(src, i, j, hd.marker)) {
      this.emit(T.CHeredoc, i, j);
      this.emit(T.Newline, j, j + nl);
      this.heredocs.pop();
      this.popMode();
      return;
    }
    hd.startOfLine = true;
    this.emit(T.StringLit, i, j + nl);
  }
}

/** Go's bytes.TrimSpace trims ASCII and Unicode spaces; JS trim() is close enough but also trims U+FEFF. */
function isHclSpaceOnly(src: string, start: number, end: number, marker: string): boolean {
  const s = src.slice(start, end);
  const at = s.indexOf(marker);
  return !/\uFEFF/.test(s.slice(0, at)) && !/\uFEFF/.test(s.slice(at + marker.length));
}
