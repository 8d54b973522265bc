// SPDX-License-Identifier: Apache-2.0
// Pattern matching in linear time, for every pattern a workspace controls (metric-filter regexes and
// globs, `.iac-compliance.yaml` exclude globs, `.gitignore` lines). JavaScript's RegExp backtracks: a
// pattern like `(.|.|.)*Q` or a glob with a dozen stars takes exponential time on a short text, and a
// language server that hangs on one file publishes nothing for any. Here patterns are compiled to a
// Thompson NFA and simulated state-set by state-set (no backtracking): matching costs at most
// (text length + 1) × (number of states). The number of states is bounded (MAX_STATES), so a pattern
// either compiles to a bounded matcher or is refused as "too complex", which callers report.

/** The most NFA states a pattern may compile to (counted repetitions `{m,n}` multiply states). */
export const MAX_STATES = 4000;
/** The deepest group nesting a regular expression may have (the parser is recursive). */
export const MAX_GROUP_DEPTH = 100;

type CharTest = (c: number) => boolean;

/** A pattern's syntax tree, shared by the regex and glob front ends. */
export type PatternAst =
  | { t: 'char'; test: CharTest }
  | { t: 'cat'; items: PatternAst[] }
  | { t: 'alt'; items: PatternAst[] }
  | { t: 'star'; item: PatternAst }
  | { t: 'opt'; item: PatternAst }
  | { t: 'bol' }
  | { t: 'eol' };

type State = { k: 'char'; test: CharTest; out: number } | { k: 'split'; a: number; b: number } | { k: 'jump'; out: number } | { k: 'bol'; out: number } | { k: 'eol'; out: number } | { k: 'match' };

export class PatternTooComplex extends Error {}
export class PatternUnsupported extends Error {}

export interface LinearMatcher {
  /** Whether the pattern matches the whole text (anchored) or somewhere in it (search). */
  test(text: string): boolean;
  readonly states: number;
}

export type CompileResult = { ok: true; matcher: LinearMatcher } | { ok: false; reason: 'too-complex' | 'unsupported' | 'invalid'; message: string };

class Builder {
  readonly states: State[] = [];

  add(s: State): number {
    if (this.states.length >= MAX_STATES) throw new PatternTooComplex(`the pattern needs more than ${MAX_STATES} matcher states`);
    this.states.push(s);
    return this.states.length - 1;
  }

  /** Compiles `ast` so that it continues at state `next`; returns its entry state. Iterative over `cat`. */
  build(ast: PatternAst, next: number, depth = 0): number {
    if (depth > MAX_GROUP_DEPTH * 4) throw new PatternTooComplex('the pattern nests too deeply');
    switch (ast.t) {
      case 'char':
        return this.add({ k: 'char', test: ast.test, out: next });
      case 'bol':
        return this.add({ k: 'bol', out: next });
      case 'eol':
        return this.add({ k: 'eol', out: next });
      case 'cat': {
        let cur = next;
        for (let i = ast.items.length - 1; i >= 0; i--) cur = this.build(ast.items[i]!, cur, depth + 1);
        return cur;
      }
      case 'alt': {
        if (ast.items.length === 0) return next;
        let cur = this.build(ast.items[ast.items.length - 1]!, next, depth + 1);
        for (let i = ast.items.length - 2; i >= 0; i--) cur = this.add({ k: 'split', a: this.build(ast.items[i]!, next, depth + 1), b: cur });
        return cur;
      }
      case 'opt':
        return this.add({ k: 'split', a: this.build(ast.item, next, depth + 1), b: next });
      case 'star': {
        // loop: split(body → jump back to loop, next)
        const loop = this.add({ k: 'split', a: -1, b: next });
        const back = this.add({ k: 'jump', out: loop });
        const body = this.build(ast.item, back, depth + 1);
        (this.states[loop] as { a: number }).a = body;
        return loop;
      }
    }
  }
}

/** Work arrays of one matcher, reused between calls (matching is synchronous and not re-entrant). */
interface Scratch {
  a: Int32Array;
  b: Int32Array;
  mark: Int32Array;
  gen: number;
}

function simulate(states: State[], start: number, text: string, anchored: boolean, scratch: Scratch): boolean {
  let cur = scratch.a;
  let next = scratch.b;
  let curLen = 0;
  let nextLen = 0;
  const mark = scratch.mark;
  const stack: number[] = [];
  // Generations keep increasing across calls, so the marks never need clearing.
  let gen = ++scratch.gen;
  // Adds `s` and everything reachable from it without reading a character (assertions checked at `pos`).
  const close = (s: number, pos: number, into: Int32Array, len: number): number => {
    stack.push(s);
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (mark[x] === gen) continue;
      mark[x] = gen;
      const st = states[x]!;
      switch (st.k) {
        case 'split':
          stack.push(st.b, st.a);
          break;
        case 'jump':
          stack.push(st.out);
          break;
        case 'bol':
          if (pos === 0) stack.push(st.out);
          break;
        case 'eol':
          if (pos === text.length) stack.push(st.out);
          break;
        default:
          into[len++] = x;
      }
    }
    return len;
  };
  curLen = close(start, 0, cur, 0);
  for (let pos = 0; ; pos++) {
    for (let i = 0; i < curLen; i++) if (states[cur[i]!]!.k === 'match') return true;
    if (pos >= text.length) return false;
    const c = text.charCodeAt(pos);
    gen = ++scratch.gen;
    nextLen = 0;
    for (let i = 0; i < curLen; i++) {
      const st = states[cur[i]!]!;
      if (st.k === 'char' && st.test(c)) nextLen = close(st.out, pos + 1, next, nextLen);
    }
    // A search (unanchored) may also start at the next position.
    if (!anchored) nextLen = close(start, pos + 1, next, nextLen);
    [cur, next] = [next, cur];
    curLen = nextLen;
    if (curLen === 0 && anchored) return false;
  }
}

/** Compiles a syntax tree; anchored matchers match the whole text, others search. */
export function compileAst(ast: PatternAst, anchored: boolean): LinearMatcher {
  const b = new Builder();
  const match = b.add({ k: 'match' });
  const start = b.build(ast, match);
  const states = b.states;
  const n = states.length;
  const scratch: Scratch = { a: new Int32Array(n), b: new Int32Array(n), mark: new Int32Array(n).fill(-1), gen: 0 };
  return { test: (text) => simulate(states, start, text, anchored, scratch), states: n };
}

// ---- character classes -----------------------------------------------------------------------------

const isDigit: CharTest = (c) => c >= 48 && c <= 57;
const isWord: CharTest = (c) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isSpace: CharTest = (c) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isLineEnd: CharTest = (c) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const any: CharTest = () => true;

function classOf(ranges: [number, number][], tests: CharTest[], negate: boolean): CharTest {
  return (c) => {
    let hit = false;
    for (const [lo, hi] of ranges) if (c >= lo && c <= hi) hit = true;
    if (!hit) for (const t of tests) if (t(c)) hit = true;
    return hit !== negate;
  };
}

const lit = (ch: number): PatternAst => ({ t: 'char', test: (c) => c === ch });

// ---- regular expressions (the subset CloudWatch Logs accepts) ---------------------------------------

/**
 * Parses a regular expression of the subset CloudWatch Logs metric filters accept (literals, `.`, classes
 * with ranges and `\d \w \s` and their negations, groups `(…)` `(?:…)`, `|`, `* + ? {m} {m,} {m,n}` with
 * lazy forms, `^ $`). Backreferences and lookaround are refused (unsupported); so is anything invalid.
 */
export function parseRegex(src: string): PatternAst {
  let i = 0;
  let depth = 0;
  const fail = (m: string): never => {
    throw new SyntaxError(`${m} at ${i}`);
  };
  const escape = (inClass: boolean): { test: CharTest; code?: number } => {
    const c = src[i++];
    if (c === undefined) return fail('trailing backslash');
    switch (c) {
      case 'd':
        return { test: isDigit };
      case 'D':
        return { test: (x) => !isDigit(x) };
      case 'w':
        return { test: isWord };
      case 'W':
        return { test: (x) => !isWord(x) };
      case 's':
        return { test: isSpace };
      case 'S':
        return { test: (x) => !isSpace(x) };
      case 'n':
        return { test: (x) => x === 10, code: 10 };
      case 'r':
        return { test: (x) => x === 13, code: 13 };
      case 't':
        return { test: (x) => x === 9, code: 9 };
      case 'f':
        return { test: (x) => x === 12, code: 12 };
      case 'v':
        return { test: (x) => x === 11, code: 11 };
      case 'b':
        if (inClass) return { test: (x) => x === 8, code: 8 };
        throw new PatternUnsupported('word boundaries (\\b) are not supported');
      case 'B':
        throw new PatternUnsupported('word boundaries (\\B) are not supported');
      case 'x': {
        const h = src.slice(i, i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) return fail('bad \\x escape');
        i += 2;
        const code = parseInt(h, 16);
        return { test: (x) => x === code, code };
      }
      case 'u': {
        const h = src.slice(i, i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(h)) return fail('bad \\u escape');
        i += 4;
        const code = parseInt(h, 16);
        return { test: (x) => x === code, code };
      }
      default:
        if (/[1-9]/.test(c)) throw new PatternUnsupported('backreferences are not supported');
        if (/[A-Za-z0-9]/.test(c) && c !== '0') return fail(`unknown escape \\${c}`);
        {
          const code = c === '0' ? 0 : c.charCodeAt(0);
          return { test: (x) => x === code, code };
        }
    }
  };
  const cls = (): PatternAst => {
    // after '['
    let negate = false;
    if (src[i] === '^') {
      negate = true;
      i++;
    }
    const ranges: [number, number][] = [];
    const tests: CharTest[] = [];
    let first = true;
    for (;;) {
      if (i >= src.length) return fail('unterminated character class');
      if (src[i] === ']' && !first) {
        i++;
        break;
      }
      if (src[i] === ']' && first) {
        // JavaScript: `[]` matches nothing, `[^]` anything.
        i++;
        return { t: 'char', test: negate ? any : () => false };
      }
      first = false;
      let lo: number | undefined;
      if (src[i] === '\\') {
        i++;
        const e = escape(true);
        if (e.code === undefined) {
          tests.push(e.test);
          continue;
        }
        lo = e.code;
      } else lo = src.charCodeAt(i++);
      if (src[i] === '-' && src[i + 1] !== undefined && src[i + 1] !== ']') {
        i++;
        let hi: number;
        if (src[i] === '\\') {
          i++;
          const e = escape(true);
          if (e.code === undefined) return fail('bad range in character class');
          hi = e.code;
        } else hi = src.charCodeAt(i++);
        if (hi < lo) return fail('range out of order in character class');
        ranges.push([lo, hi]);
      } else ranges.push([lo, lo]);
    }
    return { t: 'char', test: classOf(ranges, tests, negate) };
  };
  const atom = (): PatternAst | null => {
    const c = src[i];
    if (c === undefined || c === '|' || c === ')') return null;
    i++;
    switch (c) {
      case '(': {
        if (++depth > MAX_GROUP_DEPTH) throw new PatternTooComplex(`groups nest deeper than ${MAX_GROUP_DEPTH}`);
        if (src[i] === '?') {
          if (src[i + 1] === ':') i += 2;
          else throw new PatternUnsupported('lookaround and named groups are not supported');
        }
        const inner = alt();
        if (src[i] !== ')') return fail('missing )');
        i++;
        depth--;
        return inner;
      }
      case '[':
        return cls();
      case '.':
        return { t: 'char', test: (x) => !isLineEnd(x) };
      case '^':
        return { t: 'bol' };
      case '$':
        return { t: 'eol' };
      case '\\':
        return { t: 'char', test: escape(false).test };
      case '*':
      case '+':
      case '?':
        return fail('nothing to repeat');
      default:
        return lit(c.charCodeAt(0));
    }
  };
  const repeat = (item: PatternAst, min: number, max: number | null): PatternAst => {
    if (min > 1000 || (max !== null && max > 1000)) throw new PatternTooComplex('a repetition count above 1000');
    const items: PatternAst[] = [];
    for (let k = 0; k < min; k++) items.push(item);
    if (max === null) items.push({ t: 'star', item });
    else {
      // x{0,k} as nested options: (x(x(x)?)?)? keeps the NFA linear in k.
      let tail: PatternAst | null = null;
      for (let k = max - min; k > 0; k--) tail = { t: 'opt', item: tail ? { t: 'cat', items: [item, tail] } : item };
      if (tail) items.push(tail);
    }
    return { t: 'cat', items };
  };
  const piece = (): PatternAst | null => {
    let a = atom();
    if (!a) return null;
    for (;;) {
      const q = src[i];
      let next: PatternAst | null = null;
      if (q === '*') next = { t: 'star', item: a };
      else if (q === '+') next = { t: 'cat', items: [a, { t: 'star', item: a }] };
      else if (q === '?') next = { t: 'opt', item: a };
      else if (q === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
        if (!m) return a; // a literal `{`, as JavaScript reads it outside unicode mode
        if (a.t === 'bol' || a.t === 'eol') return fail('nothing to repeat');
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[3] === '' ? null : Number(m[3]);
        if (max !== null && max < min) return fail('numbers out of order in {}');
        next = repeat(a, min, max);
        i += m[0].length - 1;
      } else return a;
      i++;
      if (src[i] === '?') i++; // lazy: the same set of matches
      a = next;
      if (src[i] === '*' || src[i] === '+' || src[i] === '?') return fail('nothing to repeat');
    }
  };
  const seq = (): PatternAst => {
    const items: PatternAst[] = [];
    for (let p = piece(); p; p = piece()) items.push(p);
    return items.length === 1 ? items[0]! : { t: 'cat', items };
  };
  function alt(): PatternAst {
    const items = [seq()];
    while (src[i] === '|') {
      i++;
      items.push(seq());
    }
    return items.length === 1 ? items[0]! : { t: 'alt', items };
  }
  const ast = alt();
  if (i < src.length) fail(`unexpected ${src[i]}`);
  return ast;
}

function guard(f: () => LinearMatcher): CompileResult {
  try {
    return { ok: true, matcher: f() };
  } catch (e) {
    if (e instanceof PatternTooComplex) return { ok: false, reason: 'too-complex', message: `pattern too complex: ${e.message}` };
    if (e instanceof PatternUnsupported) return { ok: false, reason: 'unsupported', message: e.message };
    if (e instanceof SyntaxError) return { ok: false, reason: 'invalid', message: `invalid regular expression: ${e.message}` };
    if (e instanceof RangeError) return { ok: false, reason: 'too-complex', message: 'pattern too complex: it nests too deeply' };
    throw e;
  }
}

/** A regular expression searched for anywhere in the text, like `new RegExp(src).test(text)`. */
export function compileRegex(src: string): CompileResult {
  return guard(() => compileAst(parseRegex(src), false));
}

// ---- globs -----------------------------------------------------------------------------------------

export interface GlobOptions {
  /** `*` and `?` stop at `/`, `**` crosses folders (paths); otherwise `*` matches anything (values). */
  paths: boolean;
  /** `[...]` character classes (git); otherwise `[` is a literal. */
  classes?: boolean;
  /** `\x` escapes the next character (git). */
  escapes?: boolean;
  /** `**` followed by `/` also matches no folder at all (git: `a/**\/b` matches `a/b`). */
  globstarSlashOptional?: boolean;
}

const notSlash: CharTest = (c) => c !== 47;
const SLASH = 47;

/** Parses a glob into a syntax tree (anchored at both ends). Throws SyntaxError on an invalid class. */
export function parseGlob(glob: string, opts: GlobOptions): PatternAst {
  const items: PatternAst[] = [];
  const one: CharTest = opts.paths ? notSlash : any;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (opts.paths && glob[i + 1] === '*') {
        i++;
        while (glob[i + 1] === '*') i++;
        if (glob[i + 1] === '/') {
          i++;
          const anyThenSlash: PatternAst = { t: 'cat', items: [{ t: 'star', item: { t: 'char', test: any } }, lit(SLASH)] };
          items.push(opts.globstarSlashOptional ? { t: 'opt', item: anyThenSlash } : { t: 'star', item: { t: 'char', test: any } });
        } else items.push({ t: 'star', item: { t: 'char', test: any } });
      } else {
        while (!opts.paths && glob[i + 1] === '*') i++; // `**…` is `*` in a value glob
        items.push({ t: 'star', item: { t: 'char', test: one } });
      }
    } else if (c === '?' && opts.paths) items.push({ t: 'char', test: one });
    else if (c === '[' && opts.classes) {
      const close = classEnd(glob, i);
      if (close < 0) items.push(lit(c.charCodeAt(0)));
      else {
        items.push(globClass(glob.slice(i + 1, close)));
        i = close;
      }
    } else if (c === '\\' && opts.escapes && i + 1 < glob.length) items.push(lit(glob.charCodeAt(++i)));
    else items.push(lit(c.charCodeAt(0)));
  }
  return { t: 'cat', items };
}

/** The index of the `]` closing the class opened at `open` (a `]` first in the class is a member). */
function classEnd(glob: string, open: number): number {
  let j = open + 1;
  if (glob[j] === '!' || glob[j] === '^') j++;
  if (glob[j] === ']') j++;
  for (; j < glob.length; j++) {
    if (glob[j] === '\\') j++;
    else if (glob[j] === ']') return j;
  }
  return -1;
}

function globClass(body: string): PatternAst {
  let negate = false;
  let i = 0;
  if (body[0] === '!' || body[0] === '^') {
    negate = true;
    i = 1;
  }
  const ranges: [number, number][] = [];
  while (i < body.length) {
    let lo = body.charCodeAt(i);
    if (body[i] === '\\' && i + 1 < body.length) lo = body.charCodeAt(++i);
    i++;
    if (body[i] === '-' && i + 1 < body.length) {
      let hi = body.charCodeAt(i + 1);
      i += 2;
      if (body[i - 1] === '\\' && i < body.length) hi = body.charCodeAt(i++);
      if (hi < lo) throw new SyntaxError(`range out of order in [${body}]`);
      ranges.push([lo, hi]);
    } else ranges.push([lo, lo]);
  }
  const inClass = classOf(ranges, [], false);
  // A class never matches `/` in a path.
  return { t: 'char', test: negate ? (c) => c !== SLASH && !inClass(c) : inClass };
}

/** Compiles a glob matched against the whole text. */
export function compileGlob(glob: string, opts: GlobOptions): CompileResult {
  return guard(() => compileAst(parseGlob(glob, opts), true));
}

/** A syntax tree matching `ast` preceded by anything ending in `/`, or nothing (an unanchored gitignore name). */
export function anyFolderPrefix(ast: PatternAst): PatternAst {
  return { t: 'cat', items: [{ t: 'opt', item: { t: 'cat', items: [{ t: 'star', item: { t: 'char', test: any } }, lit(SLASH)] } }, ast] };
}

/** A syntax tree matching the literal text `s`. */
export function literal(s: string): PatternAst {
  const items: PatternAst[] = [];
  for (let i = 0; i < s.length; i++) items.push(lit(s.charCodeAt(i)));
  return { t: 'cat', items };
}

export { guard as guardCompile };
