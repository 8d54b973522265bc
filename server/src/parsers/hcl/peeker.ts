// SPDX-License-Identifier: Apache-2.0
// The parser's view of the token stream: comments are skipped, and newlines are significant or not
// depending on context (inside brackets and parentheses they are not). A line comment swallows its
// newline, so where newlines matter it stands in for one: that is what lets `a = 1 # note` end an
// argument. Same rules as hclsyntax's peeker, so recovery lands on the same tokens.

import { T, type Token } from './tokens';

export class Peeker {
  private nextIndex = 0;
  private readonly includeNewlines: boolean[] = [true];
  /** Newline stand-ins for line comments, made on first use. */
  private readonly fakeNewlines = new Map<number, Token>();

  constructor(
    private readonly tokens: Token[],
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
    return this.tokens[this.nextIndex - 1]!;
  }

  pushIncludeNewlines(include: boolean): void {
    this.includeNewlines.push(include);
  }

  popIncludeNewlines(): void {
    if (this.includeNewlines.length > 1) this.includeNewlines.pop();
  }

  private scan(advance: boolean): Token {
    const tokens = this.tokens;
    const nl = this.includeNewlines[this.includeNewlines.length - 1]!;
    for (let i = this.nextIndex; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (tok.type === T.Comment) {
        if (nl && this.src.charCodeAt(tok.end - 1) === 10) {
          if (advance) this.nextIndex = i + 1;
          return this.fakeNewline(i, tok);
        }
        continue;
      }
      if (tok.type === T.Newline && !nl) continue;
      if (advance) this.nextIndex = i + 1;
      return tok;
    }
    if (advance) this.nextIndex = tokens.length;
    return tokens[tokens.length - 1]!;
  }

  private fakeNewline(i: number, comment: Token): Token {
    let t = this.fakeNewlines.get(i);
    if (!t) {
      // HashiCorp gives the stand-in the whole comment's range; so do we, so ranges agree.
      t = { type: T.Newline, start: comment.start, end: comment.end };
      this.fakeNewlines.set(i, t);
    }
    return t;
  }
}
