// SPDX-License-Identifier: Apache-2.0
// JSON → CfnNode, by recursive descent. Written by hand rather than borrowed because it must keep exact
// key and value spans and keep going past errors: a truncated template (the usual state of a file being
// typed) still yields every member that was complete, plus the partial one. Recovery rules, in the spirit of
// VS Code's JSON parser: strings end at a line break, a missing comma or colon is reported and assumed,
// a missing value becomes an empty null scalar, stray tokens are skipped, and end of input closes every
// open collection. `//` and `/* */` comments are skipped with a warning.
//
// Brackets alone cannot place a missing or extra `{`/`}`: everything after it would nest one level off, and
// in a template that moves the remaining resources out of `Resources`. So a text with errors is parsed a
// second time trusting indentation (see `indentMode`), and the reading with fewer errors wins.

import type { CfnDiagnostic, CfnKey, CfnMap, CfnMapEntry, CfnNode, CfnParseResult, CfnScalar } from './ast';
import { mapOrIntrinsic } from './intrinsics';
import { MAX_NESTING } from '../../core/limits';

/** Deeper than any real template; stops pathological input from exhausting the stack. */
const MAX_DEPTH = MAX_NESTING;

/** Parses JSON text into CfnNodes. Never throws. */
export function parseJson(text: string): CfnParseResult {
  const plain = parseOnce(text, false);
  const errors = countErrors(plain);
  if (errors === 0) return plain;
  const byIndent = parseOnce(text, true);
  // On a tie the indentation reading wins: it is the one that keeps later members at their level.
  return countErrors(byIndent) <= errors ? byIndent : plain;
}

function parseOnce(text: string, indentMode: boolean): CfnParseResult {
  const parser = new JsonParser(text, indentMode);
  try {
    return parser.parseDocument();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { root: null, diagnostics: [...parser.diagnostics, { message: `JSON parser failed: ${message}`, start: 0, end: 0, severity: 'error' }] };
  }
}

function countErrors(result: CfnParseResult): number {
  let count = 0;
  for (const d of result.diagnostics) if (d.severity === 'error') count++;
  return count;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** A run of characters that cannot start or end a JSON token, read as one bad token during recovery. */
const BARE_WORD = /[^\s{}[\]",:/]+/y;

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class JsonParser {
  readonly diagnostics: CfnDiagnostic[] = [];
  private pos = 0;
  private depth = 0;
  private gaveUp = false;
  /** How many arrays enclose the current position, so a stray `]` inside an object can close one. */
  private openArrays = 0;

  /**
   * @param indentMode trust indentation where brackets disagree with it: a closing bracket or key that
   * starts a line belongs to the collection whose opening line has the same indentation. Only applied to
   * tokens that start a line, so single-line and minified JSON read the same in both modes.
   */
  constructor(
    private readonly text: string,
    private readonly indentMode: boolean,
  ) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /**
   * The indentation of the token at `offset` when it starts its line, else -1. Scans back over the
   * indentation only, so a long minified line costs nothing.
   */
  private leadingIndent(offset: number): number {
    let i = offset;
    while (i > 0 && (this.text[i - 1] === ' ' || this.text[i - 1] === '\t')) i--;
    return i === 0 || this.text[i - 1] === '\n' ? offset - i : -1;
  }

  /** Offsets where lines start, built on first use (indentation mode only). */
  private lineStarts: number[] | undefined;

  /** The indentation of the line holding `offset`, whatever else is on that line. */
  private lineIndent(offset: number): number {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    // Binary search for the last line start at or before `offset`.
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    let i = starts[lo];
    while (i < this.text.length && (this.text[i] === ' ' || this.text[i] === '\t')) i++;
    return i - starts[lo];
  }

  /**
   * In indentation mode, where the token at `pos` sits relative to the collection opened at `openedAt`:
   * 'inner' (more indented than the opening line), 'same', 'outer', or 'inline' when it does not start a line.
   */
  private placement(openedAt: number): 'inner' | 'same' | 'outer' | 'inline' {
    if (!this.indentMode) return 'inline';
    const indent = this.leadingIndent(this.pos);
    if (indent < 0) return 'inline';
    const openIndent = this.lineIndent(openedAt);
    return indent > openIndent ? 'inner' : indent === openIndent ? 'same' : 'outer';
  }

  parseDocument(): CfnParseResult {
    this.skipTrivia();
    if (this.pos >= this.text.length) return { root: null, diagnostics: this.diagnostics };
    const root = this.parseValue();
    this.skipTrivia();
    if (this.pos < this.text.length) {
      this.error('End of file expected', this.pos, this.text.length);
    }
    return { root, diagnostics: this.diagnostics };
  }

  private error(message: string, start: number, end = start + 1, severity: 'error' | 'warning' = 'error'): void {
    // After "Nesting too deep" every enclosing bracket would report itself unclosed: one error says it all.
    if (this.gaveUp) return;
    const clampedEnd = Math.min(Math.max(end, start), this.text.length);
    this.diagnostics.push({ message, start, end: clampedEnd, severity });
  }

  private skipTrivia(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const ch = text.charCodeAt(this.pos);
      // space, tab, LF, CR
      if (ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d) {
        this.pos++;
      } else if (ch === 0x2f && text[this.pos + 1] === '/') {
        const start = this.pos;
        const newline = text.indexOf('\n', start);
        this.pos = newline < 0 ? text.length : newline;
        this.error('Comments are not permitted in JSON', start, this.pos, 'warning');
      } else if (ch === 0x2f && text[this.pos + 1] === '*' && text.indexOf('*/', this.pos + 2) >= 0) {
        // Without a closing `*/` this is not taken as a comment: more likely a `/*` from a string that lost a
        // quote, and swallowing the rest of the file would lose every later member.
        const start = this.pos;
        this.pos = text.indexOf('*/', start + 2) + 2;
        this.error('Comments are not permitted in JSON', start, this.pos, 'warning');
      } else {
        return;
      }
    }
  }

  /** Skips a closing bracket that has no opening one, with the comma that followed the missing value. */
  private skipStrayCloser(): void {
    this.error(`Unexpected '${this.text[this.pos]}'`, this.pos);
    this.pos++;
    this.skipTrivia();
    if (this.text[this.pos] === ',') this.pos++;
  }

  private parseValue(): CfnNode {
    const start = this.pos;
    if (this.depth >= MAX_DEPTH) {
      // Give up on the rest: recursion would otherwise be unbounded.
      this.error(`Nesting too deep (more than ${MAX_DEPTH} levels); the rest of the file is not read`, start, this.text.length);
      this.gaveUp = true;
      this.pos = this.text.length;
      return nullScalar(start);
    }
    const ch = this.text[start];
    switch (ch) {
      case '{':
        return this.nested(() => this.parseObject());
      case '[':
        this.openArrays++;
        try {
          return this.nested(() => this.parseArray());
        } finally {
          this.openArrays--;
        }
      case '"':
        return this.parseString();
      case 't':
      case 'f':
      case 'n':
        return this.parseLiteral();
      default:
        if (ch === '-' || (ch >= '0' && ch <= '9')) return this.parseNumber();
        return this.parseBareWord('Value expected');
    }
  }

  private nested(parse: () => CfnNode): CfnNode {
    this.depth++;
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private parseObject(): CfnNode {
    const start = this.pos;
    this.pos++; // {
    const entries: CfnMapEntry[] = [];
    const seen = new Set<string>();
    for (;;) {
      this.skipTrivia();
      if (this.pos >= this.text.length) {
        this.error("Expected '}'", start);
        break;
      }
      const ch = this.text[this.pos];
      const placement = this.placement(start);
      if (ch === '}') {
        if (placement === 'inner') {
          // Closes an object whose `{` is missing; this one goes on.
          this.skipStrayCloser();
          continue;
        }
        if (placement === 'outer') {
          // Closes an enclosing object: this one's `}` is missing.
          this.error("Expected '}'", start);
          break;
        }
        this.pos++;
        break;
      }
      if (placement === 'outer' || (placement === 'same' && ch !== ']')) {
        // A member at or left of this object's own indentation belongs to an enclosing collection.
        this.error("Expected '}'", start);
        break;
      }
      if (ch === ']') {
        if (this.openArrays > 0) {
          // Most likely the `}` was forgotten and this closes the enclosing array: end here, keep the `]`.
          this.error("Expected '}'", this.pos);
          break;
        }
        this.error("Unexpected ']'", this.pos);
        this.pos++;
        continue;
      }
      if (ch === ',') {
        this.error('Property expected', this.pos);
        this.pos++;
        continue;
      }
      if (ch === '{' || ch === '[') {
        // A value where a key belongs: parse it to stay in step with the brackets, then drop it.
        const value = this.parseValue();
        this.error('Property expected', value.start, value.end);
        continue;
      }
      const entry = this.parseMember();
      if (seen.has(entry.key.value)) this.error(`Duplicate object key "${entry.key.value}"`, entry.key.start, entry.key.end);
      seen.add(entry.key.value);
      entries.push(entry);
      this.skipTrivia();
      if (this.text[this.pos] === ',') {
        this.pos++;
        this.skipTrivia();
        if (this.text[this.pos] === '}') this.error('Trailing comma', this.pos - 1, this.pos);
      } else if (this.pos < this.text.length && this.text[this.pos] !== '}') {
        this.error("Expected ',' or '}'", this.pos);
      }
    }
    const map: CfnMap = { type: 'Map', entries, start, end: this.pos };
    return mapOrIntrinsic(map);
  }

  /** `"key": value`, recovering from an unquoted key, a missing colon or a missing value. */
  private parseMember(): CfnMapEntry {
    let key: CfnKey;
    if (this.text[this.pos] === '"') {
      const scalar = this.parseString(true);
      key = { ...scalar, value: String(scalar.value) };
    } else {
      const bare = this.parseBareWord('Property keys must be doublequoted');
      // `Name": ...`: only the opening quote is missing, so the closing one is part of the key token.
      if (this.text[this.pos] === '"' && /^"\s*:/.test(this.text.slice(this.pos, this.pos + 20))) {
        this.pos++;
        bare.end = this.pos;
        bare.raw = this.text.slice(bare.start, bare.end);
      }
      key = { ...bare, value: bare.raw.replace(/"$/, '') };
    }
    this.skipTrivia();
    if (this.text[this.pos] === ':') {
      this.pos++;
    } else {
      this.error("Colon expected", key.end, key.end + 1);
    }
    this.skipTrivia();
    let value: CfnNode;
    const next = this.text[this.pos];
    if (this.pos >= this.text.length || next === ',' || next === '}' || next === ']') {
      this.error('Value expected', Math.min(this.pos, this.text.length));
      value = nullScalar(key.end);
    } else if (next === '"' && this.looksLikeNextKey()) {
      // `"a": <nothing yet>` followed by `"b": ...` on a later line: the string is the next key.
      this.error('Value expected', key.end);
      value = nullScalar(key.end);
    } else {
      value = this.parseValue();
    }
    return { key, value, start: key.start, end: Math.max(key.end, value.end) };
  }

  /**
   * True when the string at `pos` starts a later line than the colon before it and is followed by a colon,
   * i.e. it is the next key. Scans only the whitespace behind and the string itself, never whole lines:
   * this runs for every string value, and minified files are one long line.
   */
  private looksLikeNextKey(): boolean {
    const text = this.text;
    let back = this.pos - 1;
    while (back >= 0 && text[back] !== '\n' && /\s/.test(text[back])) back--;
    if (back < 0 || text[back] !== '\n') return false;
    let i = this.pos + 1;
    while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    return text[i] === ':';
  }

  private parseArray(): CfnNode {
    const start = this.pos;
    this.pos++; // [
    const items: CfnNode[] = [];
    for (;;) {
      this.skipTrivia();
      if (this.pos >= this.text.length) {
        this.error("Expected ']'", start);
        break;
      }
      const ch = this.text[this.pos];
      const placement = this.placement(start);
      if (ch === ']' && placement === 'inner') {
        // Closes an array whose `[` is missing; this one goes on.
        this.skipStrayCloser();
        continue;
      }
      if (placement === 'outer' || (placement === 'same' && ch !== ']')) {
        // Something at or left of this array's own indentation belongs to an enclosing collection.
        this.error("Expected ']'", start);
        break;
      }
      if (ch === ']') {
        this.pos++;
        break;
      }
      if (ch === '}') {
        // Closing brackets are never values: end the array and let the enclosing object take the `}`.
        this.error("Expected ']'", this.pos);
        break;
      }
      if (ch === ',') {
        this.error('Value expected', this.pos);
        this.pos++;
        continue;
      }
      items.push(this.parseValue());
      this.skipTrivia();
      if (this.text[this.pos] === ',') {
        this.pos++;
        this.skipTrivia();
        if (this.text[this.pos] === ']') this.error('Trailing comma', this.pos - 1, this.pos);
      } else if (this.pos < this.text.length && this.text[this.pos] !== ']' && this.text[this.pos] !== '}') {
        this.error("Expected ',' or ']'", this.pos);
      }
    }
    return { type: 'Sequence', items, start, end: this.pos };
  }

  /** @param asKey an unterminated key ends before its colon: `"Name: {` is the key `Name` missing a quote */
  private parseString(asKey = false): CfnScalar {
    const text = this.text;
    const start = this.pos;
    let i = start + 1;
    let closed = false;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        closed = true;
        break;
      }
      // A JSON string cannot span lines, so one still open at a line break was left unterminated.
      if (code === 0x0a || code === 0x0d) break;
      if (code === 0x5c && i + 1 < text.length && text[i + 1] !== '\n' && text[i + 1] !== '\r') i += 2;
      else i++;
    }
    let contentEnd = Math.min(i, text.length);
    if (closed) {
      this.pos = contentEnd + 1;
    } else {
      // Commas and closing brackets at the end of the line most likely belong to the structure, as in
      // `{"P": "1}` with the closing quote missing; give them back so the nesting stays right.
      while (contentEnd > start + 1 && /[\s,}\]]/.test(text[contentEnd - 1])) contentEnd--;
      const colon = asKey ? text.indexOf(':', start + 1) : -1;
      if (colon >= 0 && colon < contentEnd) {
        contentEnd = colon;
        while (contentEnd > start + 1 && /\s/.test(text[contentEnd - 1])) contentEnd--;
      }
      this.pos = contentEnd;
      this.error('Unterminated string', start, contentEnd);
    }
    const value = this.decodeString(start + 1, contentEnd);
    return { type: 'Scalar', value, raw: text.slice(start, this.pos), style: 'double', start, end: this.pos };
  }

  /** The value of string content between `from` and `to`, reporting bad escapes and control characters. */
  private decodeString(from: number, to: number): string {
    const text = this.text;
    let value = '';
    let chunkStart = from;
    let i = from;
    while (i < to) {
      const code = text.charCodeAt(i);
      if (code === 0x5c) {
        value += text.slice(chunkStart, i);
        const escape = i + 1 < to ? text[i + 1] : undefined;
        const hex = text.slice(i + 2, Math.min(i + 6, to));
        if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
          value += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (escape !== undefined && escape in ESCAPES) {
          value += ESCAPES[escape];
          i += 2;
        } else {
          this.error('Invalid escape character in string', i, i + 2);
          i += escape === undefined ? 1 : 2;
        }
        chunkStart = i;
        continue;
      }
      if (code < 0x20 && code !== 0x09) this.error('Invalid control character in string', i);
      i++;
    }
    return value + text.slice(chunkStart, to);
  }

  private parseNumber(): CfnScalar {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) return this.parseBareWord('Invalid number');
    const start = this.pos;
    this.pos += match[0].length;
    return { type: 'Scalar', value: Number(match[0]), raw: match[0], style: 'plain', start, end: this.pos };
  }

  private parseLiteral(): CfnScalar {
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos) && !/[\w$]/.test(this.text[this.pos + word.length] ?? '')) {
        const start = this.pos;
        this.pos += word.length;
        return { type: 'Scalar', value, raw: word, style: 'plain', start, end: this.pos };
      }
    }
    return this.parseBareWord('Value expected');
  }

  /** Reads a bad token as a string so the tree keeps its text, and reports it. Always advances. */
  private parseBareWord(message: string): CfnScalar {
    const start = this.pos;
    BARE_WORD.lastIndex = start;
    const match = BARE_WORD.exec(this.text);
    this.pos += match ? match[0].length : 1;
    const raw = this.text.slice(start, this.pos);
    this.error(message, start, this.pos);
    return { type: 'Scalar', value: raw, raw, style: 'plain', start, end: this.pos };
  }
}

function nullScalar(at: number): CfnScalar {
  return { type: 'Scalar', value: null, raw: '', style: 'plain', start: at, end: at };
}
