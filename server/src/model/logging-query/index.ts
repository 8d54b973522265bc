// SPDX-License-Identifier: Apache-2.0
// The Cloud Logging query language (the `filter` of log-based metrics and sinks): a small parser and
// evaluator, so that rules judge a filter by the log entries it matches rather than by its spelling (the
// same approach as filter-pattern/ for CloudWatch Logs). Understood:
//
// - comparisons `path OP value` with `=`, `!=`, `:` (has: substring, `:*` present), `=~`, `!~` (RE2
//   regular expressions, matched in linear time), `<`, `<=`, `>`, `>=`; quoted or bare values; value
//   groups `path = ("a" OR "b")`;
// - bare or quoted terms (global restrictions: text anywhere in the entry);
// - `NOT` and `-`, `OR`, `AND` and juxtaposition (implicit AND). As in the language, OR binds tighter than
//   AND: `a AND b OR c` is `a AND (b OR c)`;
// - `--` comments.
// String comparisons ignore case, as the language does. Functions (`log_id()`, `SEARCH()`, `sample()`)
// and other syntax are not understood: parsing fails with `unsupported`, and callers report "cannot
// verify" instead of guessing.

import { compileRegex } from '../../core/linear-match';
import type { LinearMatcher } from '../../core/linear-match';

export type QueryOp = '=' | '!=' | ':' | '=~' | '!~' | '<' | '<=' | '>' | '>=';

export type QueryNode =
  | { type: 'and' | 'or'; items: QueryNode[] }
  | { type: 'not'; item: QueryNode }
  | { type: 'compare'; path: string[]; op: QueryOp; values: string[]; combine: 'or' | 'and'; regexes?: LinearMatcher[] }
  | { type: 'term'; text: string };

export type QueryParse = { ok: true; ast: QueryNode | null } | { ok: false; error: string; unsupported?: boolean };

/** A log entry, as JSON. */
export type LogEntry = string | number | boolean | null | LogEntry[] | { [key: string]: LogEntry };

type Token = { kind: 'op'; op: QueryOp } | { kind: '(' | ')' } | { kind: 'word'; text: string; quoted: boolean; pos: number };

class QueryError extends Error {
  constructor(
    message: string,
    readonly unsupported = false,
  ) {
    super(message);
  }
}

const OPS: QueryOp[] = ['=~', '!~', '!=', '<=', '>=', '=', '<', '>', ':'];
const SPECIAL = new Set(['(', ')', '"', '=', '<', '>', '!', ':', ' ', '\t', '\n', '\r']);

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ',') {
      i++;
      continue;
    }
    if (c === '-' && src[i + 1] === '-') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '(' || c === ')') {
      out.push({ kind: c });
      i++;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      out.push({ kind: 'op', op });
      i += op.length;
      continue;
    }
    if (c === '"') {
      let s = '';
      let j = i + 1;
      for (; j < src.length && src[j] !== '"'; j++) {
        if (src[j] === '\\' && j + 1 < src.length) {
          j++;
          const e = src[j]!;
          s += e === 'n' ? '\n' : e === 't' ? '\t' : e;
        } else s += src[j];
      }
      if (j >= src.length) throw new QueryError(`unterminated string at ${i}`);
      out.push({ kind: 'word', text: s, quoted: true, pos: i });
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < src.length && !SPECIAL.has(src[j]!) && src[j] !== ',') j++;
    if (j === i) throw new QueryError(`unexpected "${c}" at ${i}`);
    out.push({ kind: 'word', text: src.slice(i, j), quoted: false, pos: i });
    i = j;
  }
  return out;
}

/** Cloud Logging rejects longer queries; nesting deeper than this is not something people write. */
export const MAX_QUERY_LENGTH = 20000;
const MAX_DEPTH = 100;

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly toks: Token[]) {}

  private peek(): Token | undefined {
    return this.toks[this.i];
  }

  private isKeyword(t: Token | undefined, k: string): boolean {
    return t?.kind === 'word' && !t.quoted && t.text === k;
  }

  parse(): QueryNode | null {
    if (this.toks.length === 0) return null;
    const n = this.and();
    if (this.i < this.toks.length) throw new QueryError('unexpected text after the query');
    return n;
  }

  private startsPrimary(t: Token | undefined): boolean {
    if (!t) return false;
    if (t.kind === '(') return true;
    return t.kind === 'word' && !this.isKeyword(t, 'AND') && !this.isKeyword(t, 'OR');
  }

  private and(): QueryNode {
    const items = [this.or()];
    for (;;) {
      const t = this.peek();
      if (this.isKeyword(t, 'AND')) {
        this.i++;
        items.push(this.or());
      } else if (this.startsPrimary(t)) items.push(this.or());
      else break;
    }
    return items.length === 1 ? items[0]! : { type: 'and', items };
  }

  private or(): QueryNode {
    const items = [this.not()];
    while (this.isKeyword(this.peek(), 'OR')) {
      this.i++;
      items.push(this.not());
    }
    return items.length === 1 ? items[0]! : { type: 'or', items };
  }

  private not(): QueryNode {
    if (++this.depth > MAX_DEPTH) throw new QueryError(`the query nests deeper than ${MAX_DEPTH} levels`, true);
    try {
      return this.notInner();
    } finally {
      this.depth--;
    }
  }

  private notInner(): QueryNode {
    const t = this.peek();
    if (this.isKeyword(t, 'NOT')) {
      this.i++;
      return { type: 'not', item: this.not() };
    }
    if (t?.kind === 'word' && !t.quoted && t.text.startsWith('-') && t.text.length > 1) {
      // `-term`: the rest of the word is the negated term (or field, when an operator follows).
      this.toks[this.i] = { ...t, text: t.text.slice(1) };
      return { type: 'not', item: this.primary() };
    }
    return this.primary();
  }

  private primary(): QueryNode {
    const t = this.peek();
    if (!t) throw new QueryError('the query ends where a comparison was expected');
    if (t.kind === '(') {
      this.i++;
      const n = this.and();
      if (this.peek()?.kind !== ')') throw new QueryError('unclosed parenthesis');
      this.i++;
      return n;
    }
    if (t.kind !== 'word') throw new QueryError('a comparison or term was expected');
    this.i++;
    const next = this.peek();
    if (!t.quoted && next?.kind === '(') throw new QueryError(`function ${t.text}() is not understood`, true);
    if (next?.kind !== 'op') return { type: 'term', text: t.text };
    if (t.quoted) throw new QueryError('a quoted field name is not understood', true);
    this.i++;
    const op = next.op;
    const path = t.text.split('.');
    const { values, combine } = this.values();
    const node: QueryNode = { type: 'compare', path, op, values, combine };
    if (op === '=~' || op === '!~') {
      node.regexes = values.map((v) => {
        const r = compileRegex(v);
        if (!r.ok) throw new QueryError(`regular expression ${JSON.stringify(v)}: ${r.message}`, r.reason !== 'invalid');
        return r.matcher;
      });
    }
    return node;
  }

  private values(): { values: string[]; combine: 'or' | 'and' } {
    const t = this.peek();
    if (t?.kind === 'word') {
      this.i++;
      return { values: [t.text], combine: 'or' };
    }
    if (t?.kind !== '(') throw new QueryError('a value was expected after the operator');
    this.i++;
    const values: string[] = [];
    let combine: 'or' | 'and' | undefined;
    for (;;) {
      const v = this.peek();
      if (v?.kind !== 'word') throw new QueryError('a value was expected');
      values.push(v.text);
      this.i++;
      const sep = this.peek();
      if (sep?.kind === ')') {
        this.i++;
        break;
      }
      const k = this.isKeyword(sep, 'OR') ? 'or' : this.isKeyword(sep, 'AND') ? 'and' : undefined;
      if (!k || (combine && combine !== k)) throw new QueryError('a value group mixes AND and OR, or is not closed', true);
      combine = k;
      this.i++;
    }
    return { values, combine: combine ?? 'or' };
  }
}

/** Parses a filter. An empty filter (or only comments) is `ast: null`: it matches every entry. */
export function parseLoggingQuery(src: string): QueryParse {
  if (src.length > MAX_QUERY_LENGTH) return { ok: false, error: `the query is longer than ${MAX_QUERY_LENGTH} characters`, unsupported: true };
  try {
    return { ok: true, ast: new Parser(tokenize(src)).parse() };
  } catch (e) {
    if (e instanceof QueryError) return e.unsupported ? { ok: false, error: e.message, unsupported: true } : { ok: false, error: e.message };
    throw e;
  }
}

function leaves(entry: LogEntry, path: readonly string[]): LogEntry[] {
  let current: LogEntry[] = [entry];
  for (const seg of path) {
    const next: LogEntry[] = [];
    const visit = (v: LogEntry): void => {
      if (Array.isArray(v)) for (const x of v) visit(x);
      else if (v !== null && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, seg)) next.push(v[seg]!);
    };
    for (const v of current) visit(v);
    current = next;
  }
  const out: LogEntry[] = [];
  const flat = (v: LogEntry): void => {
    if (Array.isArray(v)) for (const x of v) flat(x);
    else out.push(v);
  };
  for (const v of current) flat(v);
  return out;
}

function strings(entry: LogEntry, out: string[] = []): string[] {
  if (typeof entry === 'string') out.push(entry);
  else if (typeof entry === 'number' || typeof entry === 'boolean') out.push(String(entry));
  else if (Array.isArray(entry)) for (const x of entry) strings(x, out);
  else if (entry !== null) for (const x of Object.values(entry)) strings(x, out);
  return out;
}

function compareOne(leaf: LogEntry, op: QueryOp, value: string, regex: LinearMatcher | undefined): boolean {
  if (leaf === null || typeof leaf === 'object') return op === ':' && value === '*';
  const text = String(leaf);
  switch (op) {
    case ':':
      return value === '*' || text.toLowerCase().includes(value.toLowerCase());
    case '=':
    case '!=':
      return typeof leaf === 'number' && /^-?\d+(\.\d+)?$/.test(value) ? leaf === Number(value) : text.toLowerCase() === value.toLowerCase();
    case '=~':
    case '!~':
      return regex!.test(text);
    default: {
      const a: number | string = typeof leaf === 'number' ? leaf : text;
      const b: number | string = typeof leaf === 'number' ? Number(value) : value;
      return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
    }
  }
}

/** Whether a parsed filter matches a log entry (a null filter matches every entry). */
export function matchesLogEntry(ast: QueryNode | null, entry: LogEntry): boolean {
  if (ast === null) return true;
  switch (ast.type) {
    case 'and':
      return ast.items.every((n) => matchesLogEntry(n, entry));
    case 'or':
      return ast.items.some((n) => matchesLogEntry(n, entry));
    case 'not':
      return !matchesLogEntry(ast.item, entry);
    case 'term': {
      const t = ast.text.toLowerCase();
      return strings(entry).some((s) => s.toLowerCase().includes(t));
    }
    case 'compare': {
      const negated = ast.op === '!=' || ast.op === '!~';
      const op: QueryOp = ast.op === '!=' ? '=' : ast.op === '!~' ? '=~' : ast.op;
      const ls = leaves(entry, ast.path);
      const one = (v: string, i: number): boolean => ls.some((l) => compareOne(l, op, v, ast.regexes?.[i]));
      const hit = ast.combine === 'and' ? ast.values.every(one) : ast.values.some(one);
      return negated ? !hit : hit;
    }
  }
}
