// SPDX-License-Identifier: Apache-2.0
// A small JSON parser that keeps positions, for `.tf.json` files. Written by hand (not JSON.parse) because
// the Terraform JSON reader needs every key's and value's span, the property order and duplicates, the
// exact number text, and the source offset of every character of a string with escapes; and because a file
// being typed is usually invalid, so it never throws: errors become diagnostics and the tree parsed so far
// is kept (end of input closes every open object and array). Strict JSON otherwise: no comments, no
// trailing commas, no single quotes (each reported, then skipped or assumed).

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
  /** Where the content ends: before the closing quote, or the end of the line for an unterminated string. */
  contentEnd: number;
}

export interface JsonNumber extends JsonSpan {
  kind: 'number';
  value: number;
  /** The source text (HCL numbers are arbitrary precision). */
  raw: string;
}

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
}

export interface JsonParseResult {
  /** The root value, or null for an empty document. */
  root: JsonNode | null;
  diagnostics: JsonDiagnostic[];
}

/** Deeper than any real configuration; keeps pathological input from exhausting the stack. */
const MAX_DEPTH = 500;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** A run of characters that cannot start or end a JSON token, read as one bad token. */
const BAD_TOKEN = /[^\s{}[\]",:]+/y;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Parses JSON text. Never throws. */
export function parseJsonPositions(text: string): JsonParseResult {
  return new JsonReader(text).document();
}

/**
 * The source offset of each character of a string token's value: `offsets[i]` is where the escape or
 * character producing `value[i]` starts, and `offsets[value.length]` is `contentEnd`. For a string without
 * escapes this is simply `start + 1 + i`.
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
    if (sel === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) {
      offsets.push(i);
      i += 6;
    } else if (sel !== undefined && sel in SIMPLE_ESCAPES) {
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

class JsonReader {
  private readonly diagnostics: JsonDiagnostic[] = [];
  private pos = 0;
  private depth = 0;
  /** Open arrays and objects around the current position: a stray closer only ends a collection that is open. */
  private openArrays = 0;
  private openObjects = 0;

  constructor(private readonly text: string) {
    // A byte order mark is not content.
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  document(): JsonParseResult {
    this.skipSpace();
    if (this.pos >= this.text.length) {
      this.error('The document is empty: a JSON value is required.', this.pos, this.pos);
      return { root: null, diagnostics: this.diagnostics };
    }
    const root = this.value();
    this.skipSpace();
    if (this.pos < this.text.length) {
      this.error('Extra characters after the JSON value.', this.pos, this.text.length);
    }
    return { root, diagnostics: this.diagnostics };
  }

  private error(message: string, start: number, end = start + 1): void {
    this.diagnostics.push({ message, subject: { start, end: Math.min(Math.max(end, start), this.text.length) } });
  }

  private skipSpace(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
        this.pos++;
      } else if (c === 0x2f && (text[this.pos + 1] === '/' || text[this.pos + 1] === '*')) {
        // Comments are not JSON (Terraform rejects them too), but skipping them keeps the rest of the tree.
        const start = this.pos;
        if (text[this.pos + 1] === '/') {
          const nl = text.indexOf('\n', start);
          this.pos = nl < 0 ? text.length : nl;
        } else {
          const close = text.indexOf('*/', start + 2);
          this.pos = close < 0 ? text.length : close + 2;
        }
        this.error('Comments are not allowed in JSON; use a "//" property instead.', start, this.pos);
      } else {
        return;
      }
    }
  }

  /** A value at the current position (after spaces); null (nothing consumed) when no value starts here. */
  private value(): JsonNode | null {
    const c = this.text[this.pos];
    switch (c) {
      case '{':
        return this.nested(() => this.object());
      case '[':
        return this.nested(() => this.array());
      case '"':
        return this.string();
      case 't':
      case 'f':
      case 'n':
        return this.keyword();
      case undefined:
        this.error('Unexpected end of input: a JSON value is expected.', this.pos, this.pos);
        return null;
      default:
        if (c === '-' || (c >= '0' && c <= '9')) return this.number();
        return this.badToken('A JSON value must start with a brace, a bracket, a number, a string, or a keyword.');
    }
  }

  private nested(read: () => JsonNode): JsonNode {
    if (this.depth >= MAX_DEPTH) {
      // Skip the whole nested structure as one invalid token rather than recursing further.
      const start = this.pos;
      this.skipBalanced();
      this.error(`Nesting deeper than ${MAX_DEPTH} levels.`, start, this.pos);
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
      return this.objectContent();
    } finally {
      this.openObjects--;
    }
  }

  private objectContent(): JsonObject {
    const start = this.pos++;
    const properties: JsonProperty[] = [];
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === '}') {
        this.pos++;
        return { kind: 'object', properties, closed: true, start, end: this.pos };
      }
      if (c === undefined) {
        this.error('Unexpected end of input: this object is not closed with "}".', start, start + 1);
        return { kind: 'object', properties, closed: false, start, end: this.pos };
      }
      if (c === ']' && this.openArrays > 0) {
        // Probably the end of an enclosing array: leave it to the caller.
        this.error('Unexpected "]": this object is not closed with "}".', this.pos);
        return { kind: 'object', properties, closed: false, start, end: this.pos };
      }
      if (c !== '"') {
        this.badToken('A quoted property name is expected here.');
        this.skipSpace();
        if (this.text[this.pos] === ',') this.pos++;
        continue;
      }
      const key = this.string();
      this.skipSpace();
      let colon: JsonSpan | null = null;
      if (this.text[this.pos] === ':') {
        colon = { start: this.pos, end: this.pos + 1 };
        this.pos++;
        this.skipSpace();
      } else {
        this.error('A colon is expected after the property name.', key.end, key.end);
      }
      const next = this.text[this.pos];
      const value = next === ',' || next === '}' || next === undefined ? this.missingValue() : this.value();
      properties.push({ key, colon, value, start: key.start, end: value?.end ?? colon?.end ?? key.end });
      this.skipSpace();
      const sep = this.text[this.pos];
      if (sep === ',') {
        this.pos++;
        this.skipSpace();
        if (this.text[this.pos] === '}') this.error('A trailing comma is not allowed in JSON.', this.pos - 1);
      } else if (sep !== '}' && sep !== undefined && !(sep === ']' && this.openArrays > 0)) {
        // Assume a missing comma and carry on with the next property.
        this.error('A comma is expected between properties.', this.pos, this.pos);
      }
    }
  }

  private missingValue(): null {
    this.error('A property value is expected here.', this.pos, this.pos);
    return null;
  }

  private array(): JsonArray {
    this.openArrays++;
    try {
      return this.arrayContent();
    } finally {
      this.openArrays--;
    }
  }

  private arrayContent(): JsonArray {
    const start = this.pos++;
    const items: JsonNode[] = [];
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ']') {
        this.pos++;
        return { kind: 'array', items, closed: true, start, end: this.pos };
      }
      if (c === undefined) {
        this.error('Unexpected end of input: this array is not closed with "]".', start, start + 1);
        return { kind: 'array', items, closed: false, start, end: this.pos };
      }
      if (c === '}' && this.openObjects > 0) {
        this.error('Unexpected "}": this array is not closed with "]".', this.pos);
        return { kind: 'array', items, closed: false, start, end: this.pos };
      }
      if (c === ',') {
        this.error('An array element is expected here.', this.pos);
        this.pos++;
        continue;
      }
      const item = this.value();
      if (item !== null) items.push(item);
      this.skipSpace();
      const sep = this.text[this.pos];
      if (sep === ',') {
        this.pos++;
        this.skipSpace();
        if (this.text[this.pos] === ']') this.error('A trailing comma is not allowed in JSON.', this.pos - 1);
      } else if (sep !== ']' && sep !== undefined && !(sep === '}' && this.openObjects > 0)) {
        this.error('A comma is expected between array elements.', this.pos, this.pos);
      }
    }
  }

  private string(): JsonString {
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
        this.error('Unterminated string: the closing quote is missing.', start, this.pos);
        return { kind: 'string', value, escaped, contentEnd: this.pos, start, end: this.pos };
      }
      if (c === 0x22) {
        value += text.slice(runStart, this.pos);
        const contentEnd = this.pos++;
        return { kind: 'string', value, escaped, contentEnd, start, end: this.pos };
      }
      if (c < 0x20) {
        this.error('Control characters must be escaped in JSON strings.', this.pos);
        this.pos++;
        continue;
      }
      if (c !== 0x5c) {
        this.pos++;
        continue;
      }
      value += text.slice(runStart, this.pos);
      escaped = true;
      value += this.escape();
      runStart = this.pos;
    }
  }

  /** Reads the escape at the current backslash; an invalid one is reported and kept verbatim. */
  private escape(): string {
    const text = this.text;
    const at = this.pos;
    const sel = text[at + 1];
    if (sel === 'u') {
      const hex = text.slice(at + 2, at + 6);
      if (/^[0-9A-Fa-f]{4}$/.test(hex)) {
        this.pos += 6;
        return String.fromCharCode(parseInt(hex, 16));
      }
    } else if (sel !== undefined && sel in SIMPLE_ESCAPES) {
      this.pos += 2;
      return SIMPLE_ESCAPES[sel] ?? '';
    }
    if (sel === undefined || sel === '\n' || sel === '\r') {
      this.error('Invalid escape sequence.', at, at + 1);
      this.pos += 1;
      return '\\';
    }
    this.error('Invalid escape sequence.', at, at + 2);
    this.pos += 2;
    return '\\' + sel;
  }

  private number(): JsonNumber | JsonInvalid {
    const start = this.pos;
    NUMBER.lastIndex = start;
    const m = NUMBER.exec(this.text);
    BAD_TOKEN.lastIndex = start;
    const whole = BAD_TOKEN.exec(this.text);
    const wholeEnd = start + (whole?.[0].length ?? 0);
    if (m === null || start + m[0].length !== wholeEnd) {
      this.pos = Math.max(wholeEnd, start + 1);
      this.error('Invalid number.', start, this.pos);
      return { kind: 'invalid', start, end: this.pos };
    }
    this.pos = wholeEnd;
    return { kind: 'number', value: Number(m[0]), raw: m[0], start, end: this.pos };
  }

  private keyword(): JsonKeyword | JsonInvalid {
    const start = this.pos;
    BAD_TOKEN.lastIndex = start;
    const word = BAD_TOKEN.exec(this.text)?.[0] ?? '';
    if (word === 'true' || word === 'false' || word === 'null') {
      this.pos += word.length;
      return { kind: word, start, end: this.pos };
    }
    return this.badToken('A JSON value must start with a brace, a bracket, a number, a string, or a keyword.');
  }

  /** Reports and skips one bad token (at least one character). */
  private badToken(message: string): JsonInvalid {
    const start = this.pos;
    BAD_TOKEN.lastIndex = start;
    const m = BAD_TOKEN.exec(this.text);
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
        this.string();
        continue;
      }
      this.pos++;
      if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) return;
    }
  }
}
