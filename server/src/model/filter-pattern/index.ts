// SPDX-License-Identifier: Apache-2.0
// CloudWatch Logs filter patterns: a small parser and evaluator, so that rules can judge a metric filter by
// what it matches rather than by how it is spelled. Two syntaxes are understood:
//
// - JSON patterns: `{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }`, with
//   `&&`, `||`, parentheses, `=` `!=` `<` `<=` `>` `>=`, quoted or bare values, `*` wildcards, `%regex%`
//   values, `IS TRUE|FALSE|NULL`, `NOT EXISTS` and selectors such as `$.a.b[0].c`. `&&` binds tighter than `||`.
// - Term patterns: `ERROR ?WARN -DEBUG "two words"` (all plain terms, any `?` term, no `-` term), matched
//   against the event's text.
//
// Space-delimited patterns (`[ip, user, ...]`) are not understood: parsing fails, and callers decide.

import { compileGlob, compileRegex } from '../../core/linear-match';
import type { LinearMatcher } from '../../core/linear-match';

export type Selector = (string | number)[];

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

export type PatternValue =
  | { kind: 'string'; value: string; quoted: boolean; matcher: LinearMatcher }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'regex'; source: string; matcher: LinearMatcher };

export type PatternNode =
  | { type: 'and'; items: PatternNode[] }
  | { type: 'or'; items: PatternNode[] }
  | { type: 'compare'; selector: Selector; op: CompareOp; value: PatternValue }
  | { type: 'is'; selector: Selector; what: 'TRUE' | 'FALSE' | 'NULL' }
  | { type: 'exists'; selector: Selector; negated: boolean }
  | { type: 'terms'; all: string[]; any: string[]; none: string[] };

/**
 * `tooComplex`: the pattern is valid but cannot be judged within the matching budget (or uses regex
 * features with no linear-time matcher, like backreferences): callers report it as "cannot verify".
 */
export type ParseResult = { ok: true; ast: PatternNode } | { ok: false; error: string; tooComplex?: boolean };

/** JSON-like value of a log event. */
export type EventValue = string | number | boolean | null | EventValue[] | { [key: string]: EventValue };

class ParseError extends Error {
  constructor(
    message: string,
    readonly tooComplex = false,
  ) {
    super(message);
  }
}

/**
 * Values are matched by linear-time matchers (core/linear-match.ts), never by JavaScript's backtracking
 * RegExp: a `%(.|.|.)*Q%` regex or a `"************Q"` glob from a workspace must not hang the server.
 */
function valueMatcher(value: string, regex: boolean, pos: number): LinearMatcher {
  const r = regex ? compileRegex(value) : compileGlob(value, { paths: false });
  if (r.ok) return r.matcher;
  if (r.reason === 'invalid') throw new ParseError(`${r.message} (at ${pos})`);
  throw new ParseError(`${r.message} (at ${pos})`, true);
}

interface Token {
  kind: 'punct' | 'word' | 'string' | 'regex' | 'selector';
  text: string;
  pos: number;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (['&&', '||', '!=', '<=', '>='].includes(two)) {
      out.push({ kind: 'punct', text: two, pos: i });
      i += 2;
      continue;
    }
    if ('{}()=<>'.includes(c)) {
      out.push({ kind: 'punct', text: c, pos: i });
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let text = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\\' && j + 1 < src.length) {
          text += src[j + 1];
          j += 2;
          continue;
        }
        text += src[j];
        j++;
      }
      if (j >= src.length) throw new ParseError(`unterminated string at ${i}`);
      out.push({ kind: 'string', text, pos: i });
      i = j + 1;
      continue;
    }
    if (c === '%') {
      const j = src.indexOf('%', i + 1);
      if (j < 0) throw new ParseError(`unterminated regular expression at ${i}`);
      out.push({ kind: 'regex', text: src.slice(i + 1, j), pos: i });
      i = j + 1;
      continue;
    }
    if (c === '$') {
      let j = i + 1;
      while (j < src.length && /[\w.[\]\-:@]/.test(src[j]!)) j++;
      out.push({ kind: 'selector', text: src.slice(i, j), pos: i });
      i = j;
      continue;
    }
    let j = i;
    while (j < src.length && !/[\s{}()=<>!&|"]/.test(src[j]!)) j++;
    if (j === i) throw new ParseError(`unexpected ${JSON.stringify(c)} at ${i}`);
    out.push({ kind: 'word', text: src.slice(i, j), pos: i });
    i = j;
  }
  return out;
}

function parseSelector(text: string): Selector {
  const m = /^\$((?:\.[^.[\]]+|\[\d+\])*)$/.exec(text);
  if (!m) throw new ParseError(`bad selector ${text}`);
  const out: Selector = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]/g;
  for (let x = re.exec(m[1]!); x; x = re.exec(m[1]!)) out.push(x[1] !== undefined ? x[1] : Number(x[2]));
  return out;
}

class JsonParser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private next(): Token {
    const t = this.tokens[this.i++];
    if (!t) throw new ParseError('unexpected end of pattern');
    return t;
  }

  private expect(text: string): void {
    const t = this.next();
    if (t.text !== text || (t.kind !== 'punct' && t.kind !== 'word')) throw new ParseError(`expected ${text} at ${t.pos}`);
  }

  parse(): PatternNode {
    this.expect('{');
    const e = this.or();
    this.expect('}');
    if (this.peek()) throw new ParseError(`unexpected ${this.peek()!.text} after the closing brace`);
    return e;
  }

  private or(): PatternNode {
    const items = [this.and()];
    while (this.peek()?.kind === 'punct' && this.peek()!.text === '||') {
      this.i++;
      items.push(this.and());
    }
    return items.length === 1 ? items[0]! : { type: 'or', items };
  }

  private and(): PatternNode {
    const items = [this.primary()];
    while (this.peek()?.kind === 'punct' && this.peek()!.text === '&&') {
      this.i++;
      items.push(this.primary());
    }
    return items.length === 1 ? items[0]! : { type: 'and', items };
  }

  private primary(): PatternNode {
    const t = this.next();
    if (t.kind === 'punct' && t.text === '(') {
      const e = this.or();
      this.expect(')');
      return e;
    }
    if (t.kind !== 'selector') throw new ParseError(`expected a selector ($.field) at ${t.pos}`);
    const selector = parseSelector(t.text);
    const op = this.next();
    if (op.kind === 'word' && op.text.toUpperCase() === 'IS') {
      const w = this.next().text.toUpperCase();
      if (w !== 'TRUE' && w !== 'FALSE' && w !== 'NULL') throw new ParseError(`expected TRUE, FALSE or NULL after IS at ${op.pos}`);
      return { type: 'is', selector, what: w };
    }
    if (op.kind === 'word' && op.text.toUpperCase() === 'NOT') {
      const w = this.next();
      if (w.text.toUpperCase() !== 'EXISTS') throw new ParseError(`expected EXISTS after NOT at ${w.pos}`);
      return { type: 'exists', selector, negated: true };
    }
    if (op.kind === 'word' && op.text.toUpperCase() === 'EXISTS') return { type: 'exists', selector, negated: false };
    if (op.kind !== 'punct' || !['=', '!=', '<', '<=', '>', '>='].includes(op.text)) throw new ParseError(`expected a comparison after ${t.text} at ${op.pos}`);
    const v = this.next();
    let value: PatternValue;
    if (v.kind === 'string') value = { kind: 'string', value: v.text, quoted: true, matcher: valueMatcher(v.text, false, v.pos) };
    else if (v.kind === 'regex') value = { kind: 'regex', source: v.text, matcher: valueMatcher(v.text, true, v.pos) };
    else if (v.kind === 'word') value = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v.text) ? { kind: 'number', value: Number(v.text), text: v.text } : { kind: 'string', value: v.text, quoted: false, matcher: valueMatcher(v.text, false, v.pos) };
    else throw new ParseError(`expected a value at ${v.pos}`);
    if ((op.text !== '=' && op.text !== '!=') && value.kind !== 'number') throw new ParseError(`${op.text} needs a number at ${v.pos}`);
    return { type: 'compare', selector, op: op.text as CompareOp, value };
  }
}

function parseTerms(src: string): PatternNode {
  const all: string[] = [];
  const any: string[] = [];
  const none: string[] = [];
  for (const m of src.matchAll(/([?-]?)(?:"((?:[^"\\]|\\.)*)"|(\S+))/g)) {
    const term = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!;
    (m[1] === '?' ? any : m[1] === '-' ? none : all).push(term);
  }
  return { type: 'terms', all, any, none };
}

/** Parses a filter pattern. An empty pattern matches every event. */
export function parseFilterPattern(src: string): ParseResult {
  try {
    const trimmed = src.trim();
    if (trimmed.startsWith('{')) return { ok: true, ast: new JsonParser(tokenize(trimmed)).parse() };
    if (trimmed.startsWith('[')) return { ok: false, error: 'space-delimited patterns are not supported' };
    return { ok: true, ast: parseTerms(trimmed) };
  } catch (e) {
    if (e instanceof ParseError) return e.tooComplex ? { ok: false, error: e.message, tooComplex: true } : { ok: false, error: e.message };
    throw e;
  }
}

const MISSING = Symbol('missing');

function lookup(event: EventValue, selector: Selector): EventValue | typeof MISSING {
  let cur: EventValue = event;
  for (const step of selector) {
    if (typeof step === 'number') {
      if (!Array.isArray(cur) || step >= cur.length) return MISSING;
      cur = cur[step]!;
    } else {
      if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.prototype.hasOwnProperty.call(cur, step)) return MISSING;
      cur = cur[step]!;
    }
  }
  return cur;
}

function equals(v: EventValue, value: PatternValue): boolean {
  if (v === null || typeof v === 'object') return false;
  switch (value.kind) {
    case 'number':
      return typeof v === 'number' ? v === value.value : String(v) === value.text;
    case 'regex':
    case 'string':
      return value.matcher.test(String(v));
  }
}

/** Whether the pattern matches one event (a parsed JSON log event). */
export function matchesEvent(node: PatternNode, event: EventValue): boolean {
  switch (node.type) {
    case 'and':
      return node.items.every((n) => matchesEvent(n, event));
    case 'or':
      return node.items.some((n) => matchesEvent(n, event));
    case 'exists':
      return (lookup(event, node.selector) === MISSING) === node.negated;
    case 'is': {
      const v = lookup(event, node.selector);
      if (v === MISSING) return false;
      return node.what === 'NULL' ? v === null : v === (node.what === 'TRUE');
    }
    case 'compare': {
      const v = lookup(event, node.selector);
      if (v === MISSING) return false;
      if (node.op === '=') return equals(v, node.value);
      if (node.op === '!=') return !equals(v, node.value);
      if (typeof v !== 'number' || node.value.kind !== 'number') return false;
      const n = node.value.value;
      return node.op === '<' ? v < n : node.op === '<=' ? v <= n : node.op === '>' ? v > n : v >= n;
    }
    case 'terms': {
      const text = JSON.stringify(event);
      return node.all.every((t) => text.includes(t)) && (node.any.length === 0 || node.any.some((t) => text.includes(t))) && !node.none.some((t) => text.includes(t));
    }
  }
}

/** The selectors a pattern reads (`eventName`, `userIdentity.type`), for deciding what a filter is about. */
export function selectorsOf(node: PatternNode): string[] {
  switch (node.type) {
    case 'and':
    case 'or':
      return node.items.flatMap(selectorsOf);
    case 'terms':
      return [];
    default:
      return [node.selector.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.')];
  }
}
