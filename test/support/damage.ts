// SPDX-License-Identifier: Apache-2.0
// Reproducible damage for parser-recovery tests: truncations and one-character insertions or deletions
// at pseudo-random points, drawn from a PRNG seeded by the file's corpus path, so a failure names a
// damage that can be replayed exactly (damagesFor(rel, text)[index]).

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over UTF-16 code units: a stable seed from a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Damage =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; char: string }
  | { kind: 'delete'; at: number; length: number };

/** Characters that matter to HCL's lexer and parser, plus letters and digits to split or join names. */
export const INSERT_CHARS = '{}[]()"=,.\n#$%<>/*:?!&|\\\'-+~ axZ_0';

/** The damaged text. */
export function applyDamage(text: string, d: Damage): string {
  switch (d.kind) {
    case 'truncate':
      return text.slice(0, d.at);
    case 'insert':
      return text.slice(0, d.at) + d.char + text.slice(d.at);
    case 'delete':
      return text.slice(0, d.at) + text.slice(d.at + d.length);
  }
}

/** First UTF-16 offset at which the damaged text differs from the original (everything before is intact). */
export function damageOffset(d: Damage): number {
  return d.at;
}

export function describeDamage(d: Damage, text: string): string {
  const { line, column } = lineColumn(text, d.at);
  const where = `offset ${d.at} (line ${line}, column ${column})`;
  switch (d.kind) {
    case 'truncate':
      return `truncate at ${where}`;
    case 'insert':
      return `insert ${JSON.stringify(d.char)} at ${where}`;
    case 'delete':
      return `delete ${JSON.stringify(text.slice(d.at, d.at + d.length))} at ${where}`;
  }
}

/**
 * `truncations` truncations, then `edits` insertions or deletions (half and half on average), all at
 * code point boundaries: cutting a surrogate pair would give Go (which reads UTF-8) and us different
 * texts. Deterministic for a given (seed, text).
 */
export function damagesFor(seedKey: string, text: string, truncations = 100, edits = 100): Damage[] {
  const random = mulberry32(hashString(seedKey));
  const pick = (n: number): number => Math.floor(random() * n);
  const boundary = (at: number): number => (at > 0 && at < text.length && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1)) ? at - 1 : at);
  const out: Damage[] = [];
  for (let i = 0; i < truncations; i++) out.push({ kind: 'truncate', at: boundary(pick(text.length + 1)) });
  for (let i = 0; i < edits; i++) {
    if (text.length === 0 || random() < 0.5) {
      out.push({ kind: 'insert', at: boundary(pick(text.length + 1)), char: INSERT_CHARS[pick(INSERT_CHARS.length)]! });
    } else {
      const at = boundary(pick(text.length));
      out.push({ kind: 'delete', at, length: isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1)) ? 2 : 1 });
    }
  }
  return out;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
