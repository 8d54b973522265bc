// SPDX-License-Identifier: Apache-2.0
// Shapes: what is known about a value that is not known. A CloudFormation parameter with no value still
// has to match its `AllowedPattern` (or be one of its `AllowedValues`); a pseudo parameter has a fixed
// form (`AWS::AccountId` is twelve digits); `!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root` is
// that text with those forms in place of the placeholders. A shape is a regular expression that every
// value the unknown may take matches entirely (CloudFormation reads `AllowedPattern` as a whole-value
// match). A rule asks whether the unknown may be a violating value (`0.0.0.0/0`, `"*"`, an empty string):
// when the shape and the violating language have no string in common, the value is decided.
//
// Only a small, common subset of regular-expression syntax is read (literals, escapes, classes, groups,
// alternation, quantifiers, `^`/`$`). Anything else (back-references, look-arounds, flags) makes the
// answer "it may": a shape can only ever decide a value, never hide a violation.

const ALPHABET = 129; // ASCII, plus one symbol standing for every other character.
const OTHER = 128;
/** Bounds a hostile pattern: states of one automaton, pairs visited in the intersection. */
const MAX_STATES = 4000;
const MAX_PAIRS = 200_000;

type CharSet = Uint8Array;

type Node =
  | { t: 'set'; set: CharSet }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; items: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number }; // max = Infinity for unbounded

class Unsupported extends Error {}

function emptySet(): CharSet {
  return new Uint8Array(ALPHABET);
}
function fullSet(): CharSet {
  return new Uint8Array(ALPHABET).fill(1);
}
function charSet(...codes: number[]): CharSet {
  const s = emptySet();
  for (const c of codes) s[c < OTHER ? c : OTHER] = 1;
  return s;
}
function range(s: CharSet, from: number, to: number): void {
  for (let c = from; c <= to && c < OTHER; c++) s[c] = 1;
  if (to >= OTHER) s[OTHER] = 1;
}
function negate(s: CharSet): CharSet {
  return s.map((x) => 1 - x);
}

function classEscape(ch: string): CharSet | null {
  const s = emptySet();
  switch (ch) {
    case 'd':
      range(s, 48, 57);
      return s;
    case 'w':
      range(s, 48, 57);
      range(s, 65, 90);
      range(s, 97, 122);
      s[95] = 1;
      return s;
    case 's':
      for (const c of [9, 10, 11, 12, 13, 32]) s[c] = 1;
      return s;
    case 'D':
    case 'W':
    case 'S':
      return negate(classEscape(ch.toLowerCase())!);
    default:
      return null;
  }
}

/** The character an escape `\x` stands for, when it is a plain one. */
function literalEscape(ch: string): number {
  const named: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };
  if (ch in named) return named[ch]!;
  // Letters and digits after a backslash are classes, back-references or features not read here.
  if (/[A-Za-z0-9]/.test(ch)) throw new Unsupported(ch);
  return ch.charCodeAt(0);
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const n = this.alt();
    if (this.i < this.src.length) throw new Unsupported('unbalanced');
    return n;
  }

  private alt(): Node {
    const items = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      items.push(this.seq());
    }
    return items.length === 1 ? items[0]! : { t: 'alt', items };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      let atom = this.atom();
      if (atom === null) continue;
      atom = this.quantified(atom);
      items.push(atom);
    }
    return { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    for (;;) {
      const c = this.src[this.i];
      let min: number;
      let max: number;
      if (c === '*') [min, max] = [0, Infinity];
      else if (c === '+') [min, max] = [1, Infinity];
      else if (c === '?') [min, max] = [0, 1];
      else if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
        if (!m) throw new Unsupported('brace');
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        if (min > 1000 || (max !== Infinity && max > 1000) || max < min) throw new Unsupported('repeat');
        this.i += m[0].length - 1;
      } else return atom;
      this.i++;
      // Lazy and possessive suffixes change which match is found, not whether one exists.
      if (this.src[this.i] === '?' || this.src[this.i] === '+') this.i++;
      atom = { t: 'rep', node: atom, min, max };
    }
  }

  /** One atom; null for an anchor (`^`, `$`), which a whole-value match makes empty. */
  private atom(): Node | null {
    const c = this.src[this.i++]!;
    switch (c) {
      case '^':
      case '$':
        return null;
      case '.':
        return { t: 'set', set: fullSet() };
      case '(': {
        if (this.src[this.i] === '?') {
          if (this.src[this.i + 1] !== ':') throw new Unsupported('group');
          this.i += 2;
        }
        const inner = this.alt();
        if (this.src[this.i] !== ')') throw new Unsupported('group');
        this.i++;
        return inner;
      }
      case '[':
        return { t: 'set', set: this.bracket() };
      case '\\':
        return { t: 'set', set: this.escape() };
      case '*':
      case '+':
      case '?':
      case '{':
      case ')':
        throw new Unsupported(c);
      default:
        return { t: 'set', set: charSet(c.charCodeAt(0)) };
    }
  }

  private escape(): CharSet {
    const ch = this.src[this.i++];
    if (ch === undefined) throw new Unsupported('escape');
    return classEscape(ch) ?? charSet(literalEscape(ch));
  }

  private bracket(): CharSet {
    let set = emptySet();
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== ']' || first)) {
      first = false;
      let lo: number;
      if (this.src[this.i] === '[') throw new Unsupported('nested class');
      if (this.src[this.i] === '\\') {
        this.i++;
        const ch = this.src[this.i++];
        if (ch === undefined) throw new Unsupported('escape');
        const cls = classEscape(ch);
        if (cls) {
          set = set.map((x, k) => x | cls[k]!);
          continue;
        }
        lo = literalEscape(ch);
      } else lo = this.src.charCodeAt(this.i++);
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== undefined && this.src[this.i + 1] !== ']') {
        this.i++;
        let hi: number;
        if (this.src[this.i] === '\\') {
          this.i++;
          hi = literalEscape(this.src[this.i++] ?? '');
        } else hi = this.src.charCodeAt(this.i++);
        if (hi < lo) throw new Unsupported('range');
        range(set, lo, hi);
      } else range(set, lo, lo);
    }
    if (this.src[this.i] !== ']') throw new Unsupported('class');
    this.i++;
    return negated ? negate(set) : set;
  }
}

/** A Thompson automaton: per state, its ε-edges and its character edges. */
interface Nfa {
  eps: number[][];
  edges: { set: CharSet; to: number }[][];
  start: number;
  accept: number;
}

function compile(root: Node): Nfa {
  const eps: number[][] = [];
  const edges: { set: CharSet; to: number }[][] = [];
  const state = (): number => {
    if (eps.length >= MAX_STATES) throw new Unsupported('too large');
    eps.push([]);
    edges.push([]);
    return eps.length - 1;
  };
  const build = (n: Node, from: number, to: number): void => {
    switch (n.t) {
      case 'set':
        edges[from]!.push({ set: n.set, to });
        return;
      case 'seq': {
        let cur = from;
        n.items.forEach((item, k) => {
          const next = k === n.items.length - 1 ? to : state();
          build(item, cur, next);
          cur = next;
        });
        if (n.items.length === 0) eps[from]!.push(to);
        return;
      }
      case 'alt':
        for (const item of n.items) build(item, from, to);
        return;
      case 'rep': {
        let cur = from;
        for (let k = 0; k < n.min; k++) {
          const next = state();
          build(n.node, cur, next);
          cur = next;
        }
        if (n.max === Infinity) {
          const loop = state();
          eps[cur]!.push(loop);
          build(n.node, loop, loop);
          eps[loop]!.push(to);
        } else {
          eps[cur]!.push(to);
          for (let k = n.min; k < n.max; k++) {
            const next = state();
            build(n.node, cur, next);
            eps[next]!.push(to);
            cur = next;
          }
        }
        return;
      }
    }
  };
  const start = state();
  const accept = state();
  build(root, start, accept);
  return { eps, edges, start, accept };
}

const cache = new Map<string, Nfa | null>();

function automaton(pattern: string): Nfa | null {
  let a = cache.get(pattern);
  if (a === undefined) {
    try {
      a = compile(new Parser(pattern).parse());
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      a = null;
    }
    if (cache.size > 500) cache.clear();
    cache.set(pattern, a);
  }
  return a;
}

/** Whether `pattern` is read by this module (a shape built from it can decide something). */
export function readablePattern(pattern: string): boolean {
  return automaton(pattern) !== null;
}

/**
 * Whether some string matches both patterns entirely. True when unsure (a pattern this module does not
 * read, a budget reached): a caller decides a value only on `false`.
 */
export function mayMatchBoth(a: string, b: string): boolean {
  const x = automaton(a);
  const y = automaton(b);
  if (!x || !y) return true;
  const seen = new Set<number>();
  const stack: [number, number][] = [[x.start, y.start]];
  const key = (p: number, q: number): number => p * MAX_STATES + q;
  seen.add(key(x.start, y.start));
  const push = (p: number, q: number): void => {
    const k = key(p, q);
    if (seen.has(k)) return;
    seen.add(k);
    stack.push([p, q]);
  };
  while (stack.length > 0) {
    if (seen.size > MAX_PAIRS) return true;
    const [p, q] = stack.pop()!;
    if (p === x.accept && q === y.accept) return true;
    for (const e of x.eps[p]!) push(e, q);
    for (const e of y.eps[q]!) push(p, e);
    for (const ex of x.edges[p]!) {
      for (const ey of y.edges[q]!) {
        if (ex.set.some((v, c) => v === 1 && ey.set[c] === 1)) push(ex.to, ey.to);
      }
    }
  }
  return false;
}

/** A pattern matching exactly `text`. */
export function literalShape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, (c) => '\\' + c);
}

/** A pattern matching any string. */
export const ANY_SHAPE = '.*';

/** The forms of CloudFormation's pseudo parameters (`${AWS::AccountId}` is twelve digits). */
export const PSEUDO_SHAPES: Readonly<Record<string, string>> = {
  'AWS::AccountId': '[0-9]{12}',
  'AWS::Partition': 'aws(-[a-z]+)*',
  'AWS::Region': '[a-z]{2}(-[a-z]+)+-[0-9]+',
  'AWS::StackName': '[A-Za-z][-A-Za-z0-9]*',
  'AWS::StackId': 'arn:aws(-[a-z]+)*:cloudformation:[-a-z0-9]+:[0-9]{12}:stack/[A-Za-z][-A-Za-z0-9]*/[-a-f0-9]+',
  'AWS::URLSuffix': '[a-z0-9]+(\\.[a-z0-9]+)+',
};

/**
 * A shape for the pieces of a string of shape `pattern` split at `delimiter` (`!Split [",", !Ref Ids]`):
 * any run of the characters the pattern can produce, the delimiter aside. Undefined when the pattern is
 * not read or can produce characters outside ASCII.
 */
export function piecesShape(pattern: string, delimiter: string): string | undefined {
  const a = automaton(pattern);
  if (!a) return undefined;
  const chars = emptySet();
  for (const list of a.edges) for (const e of list) e.set.forEach((v, c) => (chars[c] = chars[c]! | v));
  if (chars[OTHER]) return undefined;
  if (delimiter.length === 1) chars[delimiter.charCodeAt(0)] = 0;
  let out = '';
  chars.forEach((v, c) => {
    if (!v) return;
    const ch = String.fromCharCode(c);
    out += /[A-Za-z0-9]/.test(ch) ? ch : '\\' + ch;
  });
  return out === '' ? '' : `[${out}]*`;
}
