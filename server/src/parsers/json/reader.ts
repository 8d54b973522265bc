// SPDX-License-Identifier: Apache-2.0
// The one JSON reader that keeps positions, for CloudFormation JSON templates and parameter files,
// Terraform `.tf.json` files and `.tfvars.json`. Written by hand (not JSON.parse) because callers need
// every key's and value's span, property order and duplicates, a number's text, where a string's content
// ends, and a tree out of invalid text (the usual state of a file being typed): it never throws, errors
// become diagnostics, and end of input closes every open object and array.
//
// Two recovery policies, because the two languages' readers were tuned apart and their results (trees and
// diagnostics) are pinned by their tests and the corpus:
// - `typing` (CloudFormation): recovers as VS Code's JSON parser does. Strings end at a line break and give
//   back the commas and closing brackets before it, an unquoted or half-quoted key is still a key, a
//   missing value before the next line's key is missing, stray tokens are skipped, and a text with errors
//   is read a second time trusting indentation where brackets disagree with it (`indentMode`); the
//   reading with fewer errors wins. Beyond the depth limit the rest of the text is not read.
// - `strict` (Terraform JSON): strict JSON, each error reported once and the token skipped or assumed; a
//   collection beyond the depth limit is skipped whole as one invalid value.
// Each policy has its own messages (Terraform's follow HashiCorp's wording).

import { MAX_NESTING } from '../../core/limits';

/** A half-open span in UTF-16 offsets. */
export interface JsonSpan {
  start: number;
  end: number;
}

export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonKeyword | JsonInvalid;

export interface JsonObject extends JsonSpan {
  kind: 'object';
  properties: JsonProperty[];
  /** False when input ended (or recovery gave up) before the closing brace; `end` is then where it stopped. */
  closed: boolean;
}

export interface JsonProperty extends JsonSpan {
  key: JsonString;
  /** The colon, or null when it is missing. */
  colon: JsonSpan | null;
  /** The value, or null when it is missing. */
  value: JsonNode | null;
}

export interface JsonArray extends JsonSpan {
  kind: 'array';
  items: JsonNode[];
  closed: boolean;
}

/** A string token. The span includes the quotes. */
export interface JsonString extends JsonSpan {
  kind: 'string';
  /** The unescaped value. */
  value: string;
  /** True when the token contains backslash escapes, i.e. `value` is not the source text between quotes. */
  escaped: boolean;
  /** Where the content ends: before the closing quote, or where an unterminated string was cut. */
  contentEnd: number;
  /** A key written without its opening quote (`typing` policy): `value` is its text. */
  bare?: boolean;
}

export interface JsonNumber extends JsonSpan {
  kind: 'number';
  value: number;
  /** The source text (HCL numbers are arbitrary precision). */
  raw: string;
}

/** `true`, `false`, `null`; an empty `null` (start = end) is a value the `typing` policy had to assume. */
export interface JsonKeyword extends JsonSpan {
  kind: 'true' | 'false' | 'null';
}

/** A token that is not a JSON value, kept so the property it belongs to still has a value. */
export interface JsonInvalid extends JsonSpan {
  kind: 'invalid';
}

export interface JsonDiagnostic {
  message: string;
  subject: JsonSpan;
  severity: 'error' | 'warning';
}

export interface JsonParseResult {
  /** The root value, or null for an empty document. */
  root: JsonNode | null;
  diagnostics: JsonDiagnostic[];
}

export type JsonPolicy = 'typing' | 'strict';

/** Reads JSON text with positions. Never throws. */
export function readJson(text: string, policy: JsonPolicy): JsonParseResult {
  if (policy === 'strict') return new JsonReader(text, STRICT, false).document();
  const plain = readOnce(text, false);
  const errors = countErrors(plain);
  if (errors === 0) return plain;
  const byIndent = readOnce(text, true);
  // On a tie the indentation reading wins: it is the one that keeps later members at their level.
  return countErrors(byIndent) <= errors ? byIndent : plain;
}

function readOnce(text: string, indentMode: boolean): JsonParseResult {
  const reader = new JsonReader(text, TYPING, indentMode);
  try {
    return reader.document();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { root: null, diagnostics: [...reader.diagnostics, { message: `JSON parser failed: ${message}`, subject: { start: 0, end: 0 }, severity: 'error' }] };
  }
}

function countErrors(result: JsonParseResult): number {
  let count = 0;
  for (const d of result.diagnostics) if (d.severity === 'error') count++;
  return count;
}

/**
 * The source offset of each character of a string token's value: `offsets[i]` is where the escape or
 * character producing `value[i]` starts, and `offsets[value.length]` is `contentEnd`. For a string without
 * escapes this is simply `start + 1 + i`. (For the `strict` policy, which keeps invalid escapes verbatim.)
 */
export function stringValueOffsets(text: string, token: JsonString): number[] {
  const offsets: number[] = [];
  let i = token.start + 1;
  while (i < token.contentEnd) {
    if (text.charCodeAt(i) !== 0x5c) {
      offsets.push(i);
      i++;
      continue;
    }
    const sel = text[i + 1];
    if (sel === 'u' && HEX4.test(text.slice(i + 2, i + 6))) {
      offsets.push(i);
      i += 6;
    } else if (sel !== undefined && sel in ESCAPES) {
      offsets.push(i);
      i += 2;
    } else {
      // An invalid escape is kept verbatim by the reader (backslash and selector): two characters.
      offsets.push(i);
      if (sel !== undefined && i + 1 < token.contentEnd) offsets.push(i + 1);
      i += 2;
    }
  }
  offsets.push(token.contentEnd);
  return offsets;
}

interface Policy {
  typing: boolean;
  maxDepth: number;
  /** A run of characters that cannot start or end a JSON token, read as one bad token. */
  badToken: RegExp;
  messages: {
    empty?: string;
    extra: string;
    comment: string;
    valueExpected: string;
    eofValue: string;
    tooDeep: string;
    objectNotClosed: string;
    arrayNotClosed: string;
    objectClosedByBracket: string;
    arrayClosedByBrace: string;
    keyExpected: string;
    colonExpected: string;
    propertyValueExpected: string;
    trailingComma: string;
    propertyComma: string;
    elementExpected: string;
    elementComma: string;
    unterminated: string;
    control: string;
    escape: string;
    number: string;
  };
}

const TYPING: Policy = {
  typing: true,
  maxDepth: MAX_NESTING,
  badToken: /[^\s{}[\]",:/]+/y,
  messages: {
    extra: 'End of file expected',
    comment: 'Comments are not permitted in JSON',
    valueExpected: 'Value expected',
    eofValue: 'Value expected',
    tooDeep: `Nesting too deep (more than ${MAX_NESTING} levels); the rest of the file is not read`,
    objectNotClosed: "Expected '}'",
    arrayNotClosed: "Expected ']'",
    objectClosedByBracket: "Expected '}'",
    arrayClosedByBrace: "Expected ']'",
    keyExpected: 'Property keys must be doublequoted',
    colonExpected: 'Colon expected',
    propertyValueExpected: 'Value expected',
    trailingComma: 'Trailing comma',
    propertyComma: "Expected ',' or '}'",
    elementExpected: 'Value expected',
    elementComma: "Expected ',' or ']'",
    unterminated: 'Unterminated string',
    control: 'Invalid control character in string',
    escape: 'Invalid escape character in string',
    number: 'Invalid number',
  },
};

const STRICT_DEPTH = 500;
const STRICT_VALUE = 'A JSON value must start with a brace, a bracket, a number, a string, or a keyword.';
const STRICT: Policy = {
  typing: false,
  maxDepth: STRICT_DEPTH,
  badToken: /[^\s{}[\]",:]+/y,
  messages: {
    empty: 'The document is empty: a JSON value is required.',
    extra: 'Extra characters after the JSON value.',
    comment: 'Comments are not allowed in JSON; use a "//" property instead.',
    valueExpected: STRICT_VALUE,
    eofValue: 'Unexpected end of input: a JSON value is expected.',
    tooDeep: `Nesting deeper than ${STRICT_DEPTH} levels.`,
    objectNotClosed: 'Unexpected end of input: this object is not closed with "}".',
    arrayNotClosed: 'Unexpected end of input: this array is not closed with "]".',
    objectClosedByBracket: 'Unexpected "]": this object is not closed with "}".',
    arrayClosedByBrace: 'Unexpected "}": this array is not closed with "]".',
    keyExpected: 'A quoted property name is expected here.',
    colonExpected: 'A colon is expected after the property name.',
    propertyValueExpected: 'A property value is expected here.',
    trailingComma: 'A trailing comma is not allowed in JSON.',
    propertyComma: 'A comma is expected between properties.',
    elementExpected: 'An array element is expected here.',
    elementComma: 'A comma is expected between array elements.',
    unterminated: 'Unterminated string: the closing quote is missing.',
    control: 'Control characters must be escaped in JSON strings.',
    escape: 'Invalid escape sequence.',
    number: 'Invalid number.',
  },
};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9A-Fa-f]{4}$/;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class JsonReader {
  readonly diagnostics: JsonDiagnostic[] = [];
  private pos = 0;
  private depth = 0;
  /** After "too deep" (typing policy) every enclosing bracket would report itself unclosed: one error says it all. */
  private gaveUp = false;
  /** Open arrays and objects around the current position: a stray closer only ends a collection that is open. */
  private openArrays = 0;
  private openObjects = 0;
  private readonly m: Policy['messages'];
  /** Offsets where lines start, built on first use (indentation mode only). */
  private lineStarts: number[] | undefined;

  /**
   * @param indentMode trust indentation where brackets disagree with it: a closing bracket or key that
   * starts a line belongs to the collection whose opening line has the same indentation. Only applied to
   * tokens that start a line, so single-line and minified JSON read the same in both modes.
   */
  constructor(
    private readonly text: string,
    private readonly policy: Policy,
    private readonly indentMode: boolean,
  ) {
    this.m = policy.messages;
    // A byte order mark is not content.
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  document(): JsonParseResult {
    this.skipTrivia();
    if (this.pos >= this.text.length) {
      if (this.m.empty) this.error(this.m.empty, this.pos, this.pos);
      return { root: null, diagnostics: this.diagnostics };
    }
    const root = this.value();
    this.skipTrivia();
    if (this.pos < this.text.length) this.error(this.m.extra, this.pos, this.text.length);
    return { root, diagnostics: this.diagnostics };
  }

  private error(message: string, start: number, end = start + 1, severity: 'error' | 'warning' = 'error'): void {
    if (this.gaveUp) return;
    this.diagnostics.push({ message, subject: { start, end: Math.min(Math.max(end, start), this.text.length) }, severity });
  }

  private skipTrivia(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      // space, tab, LF, CR
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
        this.pos++;
        continue;
      }
      if (c !== 0x2f || (text[this.pos + 1] !== '/' && text[this.pos + 1] !== '*')) return;
      // Comments are not JSON, but skipping them keeps the rest of the tree.
      const start = this.pos;
      if (text[this.pos + 1] === '/') {
        const nl = text.indexOf('\n', start);
        this.pos = nl < 0 ? text.length : nl;
      } else {
        const close = text.indexOf('*/', start + 2);
        // Typing: without a closing `*/` this is more likely a `/*` from a string that lost a quote, and
        // swallowing the rest of the file would lose every later member.
        if (close < 0 && this.policy.typing) return;
        this.pos = close < 0 ? text.length : close + 2;
      }
      this.error(this.m.comment, start, this.pos, this.policy.typing ? 'warning' : 'error');
    }
  }

  /** A value at the current position (after trivia); null (nothing consumed) at the end of input. */
  private value(): JsonNode | null {
    const start = this.pos;
    if (this.policy.typing && this.depth >= this.policy.maxDepth) {
      // Give up on the rest: recursion would otherwise be unbounded.
      this.error(this.m.tooDeep, start, this.text.length);
      this.gaveUp = true;
      this.pos = this.text.length;
      return emptyNull(start);
    }
    const c = this.text[start];
    switch (c) {
      case '{':
        return this.nested(() => this.object());
      case '[':
        return this.nested(() => this.array());
      case '"':
        return this.string(false);
      case 't':
      case 'f':
      case 'n':
        return this.keyword();
      case undefined:
        this.error(this.m.eofValue, this.pos, this.pos);
        return null;
      default:
        if (c === '-' || (c >= '0' && c <= '9')) return this.number();
        return this.badToken(this.m.valueExpected);
    }
  }

  private nested(read: () => JsonNode): JsonNode {
    if (!this.policy.typing && this.depth >= this.policy.maxDepth) {
      // Skip the whole nested structure as one invalid token rather than recursing further.
      const start = this.pos;
      this.skipBalanced();
      this.error(this.m.tooDeep, start, this.pos);
      return { kind: 'invalid', start, end: this.pos };
    }
    this.depth++;
    try {
      return read();
    } finally {
      this.depth--;
    }
  }

  private object(): JsonObject {
    this.openObjects++;
    try {
      return this.policy.typing ? this.objectTyping() : this.objectStrict();
    } finally {
      this.openObjects--;
    }
  }

  private array(): JsonArray {
    this.openArrays++;
    try {
      return this.policy.typing ? this.arrayTyping() : this.arrayStrict();
    } finally {
      this.openArrays--;
    }
  }

  private objectStrict(): JsonObject {
    const start = this.pos++;
    const properties: JsonProperty[] = [];
    const done = (closed: boolean): JsonObject => ({ kind: 'object', properties, closed, start, end: this.pos });
    for (;;) {
      this.skipTrivia();
      const c = this.text[this.pos];
      if (c === '}') {
        this.pos++;
        return done(true);
      }
      if (c === undefined) {
        this.error(this.m.objectNotClosed, start, start + 1);
        return done(false);
      }
      if (c === ']' && this.openArrays > 0) {
        // Probably the end of an enclosing array: leave it to the caller.
        this.error(this.m.objectClosedByBracket, this.pos);
        return done(false);
      }
      if (c !== '"') {
        this.badToken(this.m.keyExpected);
        this.skipTrivia();
        if (this.text[this.pos] === ',') this.pos++;
        continue;
      }
      const key = this.string(true);
      this.skipTrivia();
      let colon: JsonSpan | null = null;
      if (this.text[this.pos] === ':') {
        colon = { start: this.pos, end: this.pos + 1 };
        this.pos++;
        this.skipTrivia();
      } else {
        this.error(this.m.colonExpected, key.end, key.end);
      }
      const next = this.text[this.pos];
      let value: JsonNode | null;
      if (next === ',' || next === '}' || next === undefined) {
        this.error(this.m.propertyValueExpected, this.pos, this.pos);
        value = null;
      } else value = this.value();
      properties.push({ key, colon, value, start: key.start, end: value?.end ?? colon?.end ?? key.end });
      this.skipTrivia();
      const sep = this.text[this.pos];
      if (sep === ',') {
        this.pos++;
        this.skipTrivia();
        if (this.text[this.pos] === '}') this.error(this.m.trailingComma, this.pos - 1);
      } else if (sep !== '}' && sep !== undefined && !(sep === ']' && this.openArrays > 0)) {
        // Assume a missing comma and carry on with the next property.
        this.error(this.m.propertyComma, this.pos, this.pos);
      }
    }
  }

  private arrayStrict(): JsonArray {
    const start = this.pos++;
    const items: JsonNode[] = [];
    const done = (closed: boolean): JsonArray => ({ kind: 'array', items, closed, start, end: this.pos });
    for (;;) {
      this.skipTrivia();
      const c = this.text[this.pos];
      if (c === ']') {
        this.pos++;
        return done(true);
      }
      if (c === undefined) {
        this.error(this.m.arrayNotClosed, start, start + 1);
        return done(false);
      }
      if (c === '}' && this.openObjects > 0) {
        this.error(this.m.arrayClosedByBrace, this.pos);
        return done(false);
      }
      if (c === ',') {
        this.error(this.m.elementExpected, this.pos);
        this.pos++;
        continue;
      }
      const item = this.value();
      if (item !== null) items.push(item);
      this.skipTrivia();
      const sep = this.text[this.pos];
      if (sep === ',') {
        this.pos++;
        this.skipTrivia();
        if (this.text[this.pos] === ']') this.error(this.m.trailingComma, this.pos - 1);
      } else if (sep !== ']' && sep !== undefined && !(sep === '}' && this.openObjects > 0)) {
        this.error(this.m.elementComma, this.pos, this.pos);
      }
    }
  }

  /** The indentation of the token at `offset` when it starts its line, else -1 (scans the indentation only). */
  private leadingIndent(offset: number): number {
    let i = offset;
    while (i > 0 && (this.text[i - 1] === ' ' || this.text[i - 1] === '\t')) i--;
    return i === 0 || this.text[i - 1] === '\n' ? offset - i : -1;
  }

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
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    let i = starts[lo]!;
    while (i < this.text.length && (this.text[i] === ' ' || this.text[i] === '\t')) i++;
    return i - starts[lo]!;
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

  /** Skips a closing bracket that has no opening one, with the comma that followed the missing value. */
  private skipStrayCloser(): void {
    this.error(`Unexpected '${this.text[this.pos]}'`, this.pos);
    this.pos++;
    this.skipTrivia();
    if (this.text[this.pos] === ',') this.pos++;
  }

  private objectTyping(): JsonObject {
    const start = this.pos++;
    const properties: JsonProperty[] = [];
    const seen = new Set<string>();
    let closed = false;
    for (;;) {
      this.skipTrivia();
      if (this.pos >= this.text.length) {
        this.error(this.m.objectNotClosed, start);
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
          this.error(this.m.objectNotClosed, start);
          break;
        }
        this.pos++;
        closed = true;
        break;
      }
      if (placement === 'outer' || (placement === 'same' && ch !== ']')) {
        // A member at or left of this object's own indentation belongs to an enclosing collection.
        this.error(this.m.objectNotClosed, start);
        break;
      }
      if (ch === ']') {
        if (this.openArrays > 0) {
          // Most likely the `}` was forgotten and this closes the enclosing array: end here, keep the `]`.
          this.error(this.m.objectClosedByBracket, this.pos);
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
        // A value where a key belongs: read it to stay in step with the brackets, then drop it.
        const dropped = this.value()!;
        this.error('Property expected', dropped.start, dropped.end);
        continue;
      }
      const property = this.memberTyping();
      if (seen.has(property.key.value)) this.error(`Duplicate object key "${property.key.value}"`, property.key.start, property.key.end);
      seen.add(property.key.value);
      properties.push(property);
      this.skipTrivia();
      if (this.text[this.pos] === ',') {
        this.pos++;
        this.skipTrivia();
        if (this.text[this.pos] === '}') this.error(this.m.trailingComma, this.pos - 1, this.pos);
      } else if (this.pos < this.text.length && this.text[this.pos] !== '}') {
        this.error(this.m.propertyComma, this.pos);
      }
    }
    return { kind: 'object', properties, closed, start, end: this.pos };
  }

  /** `"key": value`, recovering from an unquoted key, a missing colon or a missing value. */
  private memberTyping(): JsonProperty {
    let key: JsonString;
    if (this.text[this.pos] === '"') {
      key = this.string(true);
    } else {
      const bare = this.badToken(this.m.keyExpected);
      // `Name": ...`: only the opening quote is missing, so the closing one is part of the key token.
      if (this.text[this.pos] === '"' && /^"\s*:/.test(this.text.slice(this.pos, this.pos + 20))) {
        this.pos++;
        bare.end = this.pos;
      }
      const raw = this.text.slice(bare.start, bare.end);
      key = { kind: 'string', value: raw.replace(/"$/, ''), escaped: false, contentEnd: bare.end, bare: true, start: bare.start, end: bare.end };
    }
    this.skipTrivia();
    let colon: JsonSpan | null = null;
    if (this.text[this.pos] === ':') {
      colon = { start: this.pos, end: this.pos + 1 };
      this.pos++;
    } else {
      this.error(this.m.colonExpected, key.end, key.end + 1);
    }
    this.skipTrivia();
    let value: JsonNode | null = null;
    const next = this.text[this.pos];
    if (this.pos >= this.text.length || next === ',' || next === '}' || next === ']') {
      this.error(this.m.propertyValueExpected, Math.min(this.pos, this.text.length));
    } else if (next === '"' && this.looksLikeNextKey()) {
      // `"a": <nothing yet>` followed by `"b": ...` on a later line: the string is the next key.
      this.error(this.m.propertyValueExpected, key.end);
    } else {
      value = this.value();
    }
    return { key, colon, value, start: key.start, end: Math.max(key.end, value?.end ?? key.end) };
  }

  /**
   * True when the string at `pos` starts a later line than the colon before it and is followed by a colon,
   * i.e. it is the next key. Scans only the whitespace behind and the string itself, never whole lines:
   * this runs for every string value, and minified files are one long line.
   */
  private looksLikeNextKey(): boolean {
    const text = this.text;
    let back = this.pos - 1;
    while (back >= 0 && text[back] !== '\n' && /\s/.test(text[back]!)) back--;
    if (back < 0 || text[back] !== '\n') return false;
    let i = this.pos + 1;
    while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    return text[i] === ':';
  }

  private arrayTyping(): JsonArray {
    const start = this.pos++;
    const items: JsonNode[] = [];
    let closed = false;
    for (;;) {
      this.skipTrivia();
      if (this.pos >= this.text.length) {
        this.error(this.m.arrayNotClosed, start);
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
        this.error(this.m.arrayNotClosed, start);
        break;
      }
      if (ch === ']') {
        this.pos++;
        closed = true;
        break;
      }
      if (ch === '}') {
        // Closing brackets are never values: end the array and let the enclosing object take the `}`.
        this.error(this.m.arrayClosedByBrace, this.pos);
        break;
      }
      if (ch === ',') {
        this.error(this.m.elementExpected, this.pos);
        this.pos++;
        continue;
      }
      items.push(this.value()!);
      this.skipTrivia();
      if (this.text[this.pos] === ',') {
        this.pos++;
        this.skipTrivia();
        if (this.text[this.pos] === ']') this.error(this.m.trailingComma, this.pos - 1, this.pos);
      } else if (this.pos < this.text.length && this.text[this.pos] !== ']' && this.text[this.pos] !== '}') {
        this.error(this.m.elementComma, this.pos);
      }
    }
    return { kind: 'array', items, closed, start, end: this.pos };
  }

  /** @param asKey typing policy: an unterminated key ends before its colon (`"Name: {` is the key `Name`) */
  private string(asKey: boolean): JsonString {
    return this.policy.typing ? this.stringTyping(asKey) : this.stringStrict();
  }

  /** Strict: one pass; control characters and bad escapes are reported in place, bad escapes kept verbatim. */
  private stringStrict(): JsonString {
    const text = this.text;
    const start = this.pos++;
    let value = '';
    let escaped = false;
    let runStart = this.pos;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (this.pos >= text.length || c === 0x0a || c === 0x0d) {
        // Unterminated: end the string at the line end so the next line still parses.
        value += text.slice(runStart, this.pos);
        this.error(this.m.unterminated, start, this.pos);
        return { kind: 'string', value, escaped, contentEnd: this.pos, start, end: this.pos };
      }
      if (c === 0x22) {
        value += text.slice(runStart, this.pos);
        const contentEnd = this.pos++;
        return { kind: 'string', value, escaped, contentEnd, start, end: this.pos };
      }
      if (c < 0x20) {
        this.error(this.m.control, this.pos);
        this.pos++;
        continue;
      }
      if (c !== 0x5c) {
        this.pos++;
        continue;
      }
      value += text.slice(runStart, this.pos);
      escaped = true;
      value += this.escapeStrict();
      runStart = this.pos;
    }
  }

  /** Reads the escape at the current backslash; an invalid one is reported and kept verbatim. */
  private escapeStrict(): string {
    const text = this.text;
    const at = this.pos;
    const sel = text[at + 1];
    if (sel === 'u') {
      const hex = text.slice(at + 2, at + 6);
      if (HEX4.test(hex)) {
        this.pos += 6;
        return String.fromCharCode(parseInt(hex, 16));
      }
    } else if (sel !== undefined && sel in ESCAPES) {
      this.pos += 2;
      return ESCAPES[sel] ?? '';
    }
    if (sel === undefined || sel === '\n' || sel === '\r') {
      this.error(this.m.escape, at, at + 1);
      this.pos += 1;
      return '\\';
    }
    this.error(this.m.escape, at, at + 2);
    this.pos += 2;
    return '\\' + sel;
  }

  /** Typing: find the end first (giving back what belongs to the structure), then decode; bad escapes are dropped. */
  private stringTyping(asKey: boolean): JsonString {
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
      while (contentEnd > start + 1 && /[\s,}\]]/.test(text[contentEnd - 1]!)) contentEnd--;
      const colon = asKey ? text.indexOf(':', start + 1) : -1;
      if (colon >= 0 && colon < contentEnd) {
        contentEnd = colon;
        while (contentEnd > start + 1 && /\s/.test(text[contentEnd - 1]!)) contentEnd--;
      }
      this.pos = contentEnd;
      this.error(this.m.unterminated, start, contentEnd);
    }
    const { value, escaped } = this.decodeTyping(start + 1, contentEnd);
    return { kind: 'string', value, escaped, contentEnd, start, end: this.pos };
  }

  private decodeTyping(from: number, to: number): { value: string; escaped: boolean } {
    const text = this.text;
    let value = '';
    let escaped = false;
    let chunkStart = from;
    let i = from;
    while (i < to) {
      const code = text.charCodeAt(i);
      if (code === 0x5c) {
        escaped = true;
        value += text.slice(chunkStart, i);
        const escape = i + 1 < to ? text[i + 1] : undefined;
        const hex = text.slice(i + 2, Math.min(i + 6, to));
        if (escape === 'u' && HEX4.test(hex)) {
          value += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (escape !== undefined && escape in ESCAPES) {
          value += ESCAPES[escape];
          i += 2;
        } else {
          this.error(this.m.escape, i, i + 2);
          i += escape === undefined ? 1 : 2;
        }
        chunkStart = i;
        continue;
      }
      if (code < 0x20 && code !== 0x09) this.error(this.m.control, i);
      i++;
    }
    return { value: value + text.slice(chunkStart, to), escaped };
  }

  private number(): JsonNumber | JsonInvalid {
    const start = this.pos;
    NUMBER.lastIndex = start;
    const m = NUMBER.exec(this.text);
    if (this.policy.typing) {
      // The number's own text; whatever follows is the next token.
      if (!m) return this.badToken(this.m.number);
      this.pos += m[0].length;
      return { kind: 'number', value: Number(m[0]), raw: m[0], start, end: this.pos };
    }
    // Strict: the whole run of token characters must be the number (`01`, `1x` are invalid).
    const bad = this.policy.badToken;
    bad.lastIndex = start;
    const whole = bad.exec(this.text);
    const wholeEnd = start + (whole?.[0].length ?? 0);
    if (m === null || start + m[0].length !== wholeEnd) {
      this.pos = Math.max(wholeEnd, start + 1);
      this.error(this.m.number, start, this.pos);
      return { kind: 'invalid', start, end: this.pos };
    }
    this.pos = wholeEnd;
    return { kind: 'number', value: Number(m[0]), raw: m[0], start, end: this.pos };
  }

  private keyword(): JsonKeyword | JsonInvalid {
    const start = this.pos;
    if (this.policy.typing) {
      for (const word of ['true', 'false', 'null'] as const) {
        if (this.text.startsWith(word, this.pos) && !/[\w$]/.test(this.text[this.pos + word.length] ?? '')) {
          this.pos += word.length;
          return { kind: word, start, end: this.pos };
        }
      }
      return this.badToken(this.m.valueExpected);
    }
    const bad = this.policy.badToken;
    bad.lastIndex = start;
    const word = bad.exec(this.text)?.[0] ?? '';
    if (word === 'true' || word === 'false' || word === 'null') {
      this.pos += word.length;
      return { kind: word, start, end: this.pos };
    }
    return this.badToken(this.m.valueExpected);
  }

  /** Reports and skips one bad token (at least one character), kept as an invalid value. */
  private badToken(message: string): JsonInvalid {
    const start = this.pos;
    const bad = this.policy.badToken;
    bad.lastIndex = start;
    const m = bad.exec(this.text);
    this.pos += Math.max(m?.[0].length ?? 0, 1);
    this.error(message, start, this.pos);
    return { kind: 'invalid', start, end: this.pos };
  }

  /** Skips a balanced {...} or [...] without building anything (strings respected). */
  private skipBalanced(): void {
    const text = this.text;
    let depth = 0;
    while (this.pos < text.length) {
      const c = text[this.pos];
      if (c === '"') {
        this.stringStrict();
        continue;
      }
      this.pos++;
      if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) return;
    }
  }
}

/** A value the reader had to assume (typing policy): an empty `null` at `at`. */
function emptyNull(at: number): JsonKeyword {
  return { kind: 'null', start: at, end: at };
}
