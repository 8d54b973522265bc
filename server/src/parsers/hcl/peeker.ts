// SPDX-License-Identifier: Apache-2.0
// The parser's view of the token stream: comments are skipped, and newlines are significant or not
// depending on context (inside brackets and parentheses they are not). A line comment swallows its
// newline, so where newlines matter it stands in for one: that is what lets `a = 1 # note` end an
// argument. Same rules as hclsyntax's peeker, so recovery lands on the same tokens.

import { T, type Token, type TokenStream } from './tokens';

// Tokens are handed out as short-lived objects made from the columnar stream on each peek/read: young
// garbage is cheap, while one long-lived object per token is not (see TokenStream).
export class Peeker {
  private nextIndex = 0;
  private readonly includeNewlines: boolean[] = [true];

  constructor(
    private readonly tokens: TokenStream,
    private readonly src: string,
  ) {}

  peek(): Token {
    return this.scan(false);
  }

  read(): Token {
    return this.scan(true);
  }

  /** The range of the raw token just before the read position (which may be a comment). */
  prevRange(): Token {
    if (this.nextIndex === 0) return this.peek();
    return this.at(this.nextIndex - 1);
  }

  private at(i: number): Token {
    const t = this.tokens;
    return { type: t.types[i] as T, start: t.starts[i]!, end: t.ends[i]! };
  }

  /** The read position, to return to after a speculative look ahead. */
  save(): number {
    return this.nextIndex;
  }

  restore(index: number): void {
    this.nextIndex = index;
  }

  pushIncludeNewlines(include: boolean): void {
    this.includeNewlines.push(include);
  }

  popIncludeNewlines(): void {
    if (this.includeNewlines.length > 1) this.includeNewlines.pop();
  }

  /** The last scan's answer: the parser peeks the same position several times before reading it. */
  private cacheFrom = -1;
  private cacheNl = false;
  private cacheToken: Token | null = null;
  private cacheNext = 0;

  private scan(advance: boolean): Token {
    const nl = this.includeNewlines[this.includeNewlines.length - 1]!;
    if (this.cacheFrom === this.nextIndex && this.cacheNl === nl && this.cacheToken) {
      const t = this.cacheToken;
      if (advance) this.nextIndex = this.cacheNext;
      return t;
    }
    const from = this.nextIndex;
    const before = this.nextIndex;
    this.nextIndex = from;
    const t = this.scanUncached(nl);
    this.cacheFrom = from;
    this.cacheNl = nl;
    this.cacheToken = t;
    this.cacheNext = this.nextIndex;
    if (!advance) this.nextIndex = before;
    return t;
  }

  /** Finds the next visible token from nextIndex and leaves nextIndex just after it. */
  private scanUncached(nl: boolean): Token {
    const { types, ends, count } = this.tokens;
    for (let i = this.nextIndex; i < count; i++) {
      const type = types[i]!;
      if (type === T.Comment) {
        if (nl && this.src.charCodeAt(ends[i]! - 1) === 10) {
          this.nextIndex = i + 1;
          // HashiCorp gives the stand-in newline the whole comment's range; so do we, so ranges agree.
          return { type: T.Newline, start: this.tokens.starts[i]!, end: ends[i]! };
        }
        continue;
      }
      if (type === T.Newline && !nl) continue;
      this.nextIndex = i + 1;
      return this.at(i);
    }
    this.nextIndex = count;
    return this.at(count - 1);
  }
}
