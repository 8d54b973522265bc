// SPDX-License-Identifier: Apache-2.0
// Recursive-descent parser for the HCL native syntax, producing a tree with exact offsets and recovering
// from errors the way HashiCorp's hclsyntax does: line oriented. A broken argument or block is reported
// and skipped to the end of its line (brackets balanced), and everything after it parses normally; an
// unclosed `{` takes the rest of the file into that block. Once any recovery has happened, follow-on
// "bad token" errors are suppressed (the `recovery` flag), so one typo gives one diagnostic.
// The code is ours; the recovery points and diagnostic summaries deliberately match hclsyntax so that
// our partial trees equal Terraform's on damaged input (test/corpus/hcl-recovery.test.ts).

import type {
  Attribute,
  BinaryOperator,
  Block,
  BlockLabel,
  Body,
  Comment,
  Expression,
  ForExpr,
  FunctionCallExpr,
  HclFile,
  IndexStep,
  LiteralExpr,
  ObjectItem,
  ObjectKeyExpr,
  ParseDiagnostic,
  Span,
  TemplateExpr,
  TraversalStep,
} from './ast';
import { lexBareTemplate, lexHclStream } from './lexer';
import { Peeker } from './peeker';
import { decodeStringLiteral } from './string-literal';
import { flushHeredocPieces, TemplateFolder, type TemplatePiece } from './template-parser';
import { T, type Token, type TokenStream } from './tokens';
import { tokenDiagnostics } from './token-checks';
import { MAX_NESTING } from '../../core/limits';

/** Binary operators by precedence level, loosest first. */
const BINARY_LEVELS: ReadonlyArray<ReadonlyMap<T, BinaryOperator>> = [
  new Map([[T.Or, '||']]),
  new Map([[T.And, '&&']]),
  new Map<T, BinaryOperator>([
    [T.EqualOp, '=='],
    [T.NotEqual, '!='],
  ]),
  new Map<T, BinaryOperator>([
    [T.GreaterThan, '>'],
    [T.GreaterThanEq, '>='],
    [T.LessThan, '<'],
    [T.LessThanEq, '<='],
  ]),
  new Map<T, BinaryOperator>([
    [T.Plus, '+'],
    [T.Minus, '-'],
  ]),
  new Map<T, BinaryOperator>([
    [T.Star, '*'],
    [T.Slash, '/'],
    [T.Percent, '%'],
  ]),
];

/** Each binary operator's token, with its level in BINARY_LEVELS (a greater level binds tighter). */
const BINARY_OPERATORS: ReadonlyMap<T, { op: BinaryOperator; level: number }> = new Map(
  BINARY_LEVELS.flatMap((ops, level) => [...ops].map(([t, op]) => [t, { op, level }] as const)),
);

const NUMBER = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

function between(a: Span, b: Span): Span {
  return { start: a.start, end: b.end };
}

function span(t: Span): Span {
  return { start: t.start, end: t.end };
}

/** Thrown when blocks or expressions nest deeper than MAX_NESTING: the parser is recursive. */
class NestingTooDeep extends Error {
  constructor(readonly at: Span) {
    super(`nesting deeper than ${MAX_NESTING} levels`);
  }
}

/**
 * A file nested too deeply (hundreds of `[`, `(` or blocks) is one error diagnostic and an empty tree: the
 * parser, the evaluator and the adapters are recursive, and a stack overflow here would cost every other
 * file's results too.
 */
function tooDeep(src: string, e: unknown): HclFile {
  const at = e instanceof NestingTooDeep ? e.at : { start: 0, end: 0 };
  return {
    source: src,
    body: { type: 'Body', attributes: [], blocks: [], items: [], start: 0, end: src.length },
    comments: [],
    diagnostics: [{ severity: 'error', summary: 'Nesting too deep', detail: `Blocks and expressions nest deeper than ${MAX_NESTING} levels; this file is not checked.`, subject: span(at) }],
  };
}

/** Parses a whole configuration file (`.tf`, `.tfvars`). Never throws; always returns a tree. */
export function parseHcl(src: string): HclFile {
  try {
    return parseHclUnguarded(src);
  } catch (e) {
    if (e instanceof NestingTooDeep || e instanceof RangeError) return tooDeep(src, e);
    throw e;
  }
}

function parseHclUnguarded(src: string): HclFile {
  const tokens = lexHclStream(src);
  const parser = new Parser(src, tokens);
  const body = parser.parseBody(T.EOF);
  // Token problems first, as hclsyntax reports them; they never change how the parser recovers.
  const diagnostics = [...tokenDiagnostics(src, tokens), ...parser.diagnostics];
  return { source: src, body, comments: collectComments(src, tokens), diagnostics };
}

/**
 * Parses src[start, end) as the content of a quoted template (what is between the quotes). Used by the
 * `.tf.json` reader, whose strings are templates. Offsets in the result are absolute.
 */
export function parseTemplateAt(src: string, start: number, end: number): { expr: Expression; diagnostics: ParseDiagnostic[] } {
  try {
    const parser = new Parser(src, lexBareTemplate(src, start, end));
    const expr = parser.parseBareTemplate(start, end);
    return { expr, diagnostics: parser.diagnostics };
  } catch (e) {
    if (!(e instanceof NestingTooDeep || e instanceof RangeError)) throw e;
    const at = { start, end };
    const expr: Expression = { type: 'Literal', value: null, start, end };
    return { expr, diagnostics: [{ severity: 'error', summary: 'Nesting too deep', detail: `The expression nests deeper than ${MAX_NESTING} levels.`, subject: at }] };
  }
}

function collectComments(src: string, tokens: TokenStream): Comment[] {
  const out: Comment[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.types[i] !== T.Comment) continue;
    const t = { start: tokens.starts[i]!, end: tokens.ends[i]! };
    let end = t.end;
    const line = src.charCodeAt(t.start) === 35 || src.charCodeAt(t.start + 1) === 47;
    if (line) {
      if (src.charCodeAt(end - 1) === 10) end--;
      if (src.charCodeAt(end - 1) === 13) end--;
    }
    out.push({ style: line ? 'line' : 'block', text: src.slice(t.start, end), start: t.start, end });
  }
  return out;
}

class Parser {
  readonly diagnostics: ParseDiagnostic[] = [];
  private readonly p: Peeker;
  /** Set once any recovery has happened; suppresses follow-on "unexpected token" errors. */
  private recovery = false;
  private errors = 0;
  /** Open bodies and expressions, against MAX_NESTING. */
  private depth = 0;

  constructor(
    private readonly src: string,
    tokens: TokenStream,
  ) {
    this.p = new Peeker(tokens, src);
  }

  private error(summary: string, detail: string, subject: Span): void {
    this.diagnostics.push({ severity: 'error', summary, detail, subject: span(subject) });
    this.errors++;
  }

  private text(t: Span): string {
    return this.src.slice(t.start, t.end);
  }

  private isKeyword(t: Token, kw: string): boolean {
    return t.type === T.Ident && t.end - t.start === kw.length && this.src.startsWith(kw, t.start);
  }

  // ---- Structure --------------------------------------------------------------------------------

  parseBody(end: T): Body {
    if (++this.depth > MAX_NESTING) throw new NestingTooDeep(span(this.p.peek()));
    try {
      return this.parseBodyInner(end);
    } finally {
      this.depth--;
    }
  }

  private parseBodyInner(end: T): Body {
    const attributes: Attribute[] = [];
    const blocks: Block[] = [];
    const items: (Attribute | Block)[] = [];
    const seen = new Map<string, Attribute>();
    const startRange = this.p.prevRange();
    let endRange: Span;
    for (;;) {
      const next = this.p.peek();
      if (next.type === end) {
        endRange = next;
        this.p.read();
        break;
      }
      if (next.type === T.Newline) {
        this.p.read();
        continue;
      }
      if (next.type === T.Ident) {
        const item = this.parseBodyItem();
        if (!item) continue;
        if (item.type === 'Block') {
          blocks.push(item);
          items.push(item);
        } else {
          const existing = seen.get(item.name);
          if (existing) {
            this.error(
              'Attribute redefined',
              `The argument "${item.name}" was already set. Each argument may be set only once.`,
              item.nameRange,
            );
          } else {
            seen.set(item.name, item);
            attributes.push(item);
            items.push(item);
          }
        }
        continue;
      }
      const bad = this.p.read();
      if (!this.recovery) {
        if (bad.type === T.OQuote) {
          this.error('Invalid argument name', 'Argument names must not be quoted.', bad);
        } else if (bad.type === T.EOF) {
          if (end === T.CBrace) {
            this.error(
              'Unclosed configuration block',
              'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
              startRange,
            );
          } else {
            this.error('Unclosed configuration body', 'Found end of file before the end of this configuration body.', startRange);
          }
        } else {
          this.error('Argument or block definition required', 'An argument or block definition is required here.', bad);
        }
      }
      endRange = this.p.prevRange();
      this.recover(end);
      break;
    }
    return { type: 'Body', attributes, blocks, items, start: startRange.start, end: endRange.end };
  }

  private parseBodyItem(): Attribute | Block | null {
    const ident = this.p.read();
    const next = this.p.peek();
    switch (next.type) {
      case T.Equal:
        return this.finishAttribute(ident, false);
      case T.OQuote:
      case T.OBrace:
      case T.Ident:
        return this.finishBlock(ident);
      default:
        this.recoverAfterBodyItem();
        this.error(
          'Argument or block definition required',
          'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
          ident,
        );
        return null;
    }
  }

  /** The body of a one-line block `name { arg = value }`: exactly one argument, no newline. */
  private parseSingleAttrBody(): Body | null {
    const ident = this.p.read();
    if (ident.type !== T.Ident) {
      this.recoverAfterBodyItem();
      this.error('Argument or block definition required', 'An argument or block definition is required here.', ident);
      return null;
    }
    const next = this.p.peek();
    if (next.type === T.Equal) {
      const attr = this.finishAttribute(ident, true);
      return { type: 'Body', attributes: [attr], blocks: [], items: [attr], start: attr.start, end: attr.end };
    }
    this.recoverAfterBodyItem();
    if (next.type === T.OQuote || next.type === T.OBrace || next.type === T.Ident) {
      this.error(
        'Argument definition required',
        `A single-line block definition can contain only a single argument. If you meant to define argument "${this.text(ident)}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`,
        between(ident, next),
      );
    } else {
      this.error(
        'Argument or block definition required',
        'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
        ident,
      );
    }
    return null;
  }

  private finishAttribute(ident: Token, singleLine: boolean): Attribute {
    const eq = this.p.read();
    const e0 = this.errors;
    const expr = this.parseExpression();
    let endRange: Span;
    if (this.recovery && this.errors > e0) {
      endRange = this.p.prevRange();
      this.recoverAfterBodyItem();
    } else {
      endRange = this.p.prevRange();
      if (!singleLine) {
        const end = this.p.peek();
        if (end.type !== T.Newline && end.type !== T.EOF) {
          if (!this.recovery) {
            if (end.type === T.Comma) {
              this.error(
                'Unexpected comma after argument',
                'Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.',
                end,
              );
            } else {
              this.error('Missing newline after argument', 'An argument definition must end with a newline.', end);
            }
          }
          endRange = this.p.prevRange();
          this.recoverAfterBodyItem();
        } else {
          endRange = this.p.prevRange();
          this.p.read();
        }
      }
    }
    return {
      type: 'Attribute',
      name: this.text(ident),
      nameRange: span(ident),
      equalsRange: span(eq),
      expr,
      start: ident.start,
      end: endRange.end,
    };
  }

  private finishBlock(ident: Token): Block {
    const labels: BlockLabel[] = [];
    let oBrace: Token | null = null;
    while (!oBrace) {
      const tok = this.p.peek();
      if (tok.type === T.OBrace) {
        oBrace = this.p.read();
      } else if (tok.type === T.OQuote) {
        labels.push(this.parseQuotedStringLiteral());
      } else if (tok.type === T.Ident) {
        this.p.read();
        labels.push({ value: this.text(tok), quoted: false, start: tok.start, end: tok.end });
      } else {
        if (tok.type === T.Equal) {
          this.error(
            'Invalid block definition',
            'The equals sign "=" indicates an argument definition, and must not be used when defining a block.',
            tok,
          );
        } else if (tok.type === T.Newline) {
          this.error(
            'Invalid block definition',
            'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
            tok,
          );
        } else if (!this.recovery) {
          this.error('Invalid block definition', 'Either a quoted string block label or an opening brace ("{") is expected here.', tok);
        }
        this.recoverAfterBodyItem();
        // A placeholder block: HashiCorp also reports the header's range for the braces.
        return {
          type: 'Block',
          blockType: this.text(ident),
          typeRange: span(ident),
          labels,
          header: headerOf(ident, labels),
          openBrace: span(ident),
          closeBrace: span(ident),
          body: { type: 'Body', attributes: [], blocks: [], items: [], start: ident.start, end: ident.end },
          start: ident.start,
          end: ident.end,
        };
      }
    }

    let body: Body | null;
    const afterBrace = this.p.peek().type;
    if (afterBrace === T.Newline || afterBrace === T.EOF || afterBrace === T.CBrace) {
      body = this.parseBody(T.CBrace);
    } else {
      const mark = this.diagnostics.length;
      body = this.parseSingleAttrBody();
      // hclsyntax lists the block's own problems before those found inside its one-line body.
      const bodyDiagnostics = this.diagnostics.splice(mark);
      const next = this.p.peek();
      if (next.type === T.CBrace) {
        this.p.read();
      } else if (next.type === T.Comma) {
        this.error(
          'Invalid single-argument block definition',
          'Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.',
          next,
        );
        this.recover(T.CBrace);
      } else if (next.type === T.Newline) {
        this.error(
          'Invalid single-argument block definition',
          "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
          next,
        );
        this.recover(T.CBrace);
      } else {
        if (!this.recovery) {
          if (next.type === T.EOF) {
            this.error(
              'Unclosed configuration block',
              'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
              oBrace,
            );
          } else {
            this.error(
              'Invalid single-argument block definition',
              'A single-line block definition must end with a closing brace immediately after its single argument definition.',
              next,
            );
          }
        }
        this.recover(T.CBrace);
      }
      this.diagnostics.push(...bodyDiagnostics);
    }
    const cBrace = span(this.p.prevRange());

    const eol = this.p.peek();
    if (eol.type === T.Newline || eol.type === T.EOF) {
      this.p.read();
    } else {
      if (!this.recovery) {
        this.error('Missing newline after block definition', 'A block definition must end with a newline.', eol);
      }
      this.recoverAfterBodyItem();
    }
    if (!body) body = { type: 'Body', attributes: [], blocks: [], items: [], start: oBrace.start, end: cBrace.end };
    return {
      type: 'Block',
      blockType: this.text(ident),
      typeRange: span(ident),
      labels,
      header: headerOf(ident, labels),
      openBrace: span(oBrace),
      closeBrace: cBrace,
      body,
      start: ident.start,
      end: cBrace.end,
    };
  }

  /** A quoted string that may not contain template sequences (block labels). */
  private parseQuotedStringLiteral(): BlockLabel {
    const oQuote = this.p.read();
    let value = '';
    let endRange: Span;
    for (;;) {
      const tok = this.p.read();
      if (tok.type === T.CQuote) {
        endRange = tok;
        break;
      }
      if (tok.type === T.QuotedLit) {
        value += decodeStringLiteral(this.src, tok.start, tok.end, true, this.report);
        continue;
      }
      if (tok.type === T.TemplateControl || tok.type === T.TemplateInterp) {
        const which = tok.type === T.TemplateControl ? '%' : '$';
        this.error(
          'Invalid string literal',
          `Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`,
          tok,
        );
        value += which + '{ ... }';
        this.recover(T.TemplateSeqEnd);
        continue;
      }
      if (tok.type === T.EOF) {
        this.error('Unterminated string literal', 'Unable to find the closing quote mark before the end of the file.', tok);
        endRange = tok;
        break;
      }
      this.error('Invalid string literal', 'This item is not valid in a string literal.', tok);
      this.recover(T.CQuote);
      endRange = tok;
      break;
    }
    return { value, quoted: true, start: oQuote.start, end: endRange.end };
  }

  /** Where string-literal decoding reports: counted as errors like any other. */
  private readonly report = (d: ParseDiagnostic): void => this.error(d.summary, d.detail, d.subject);

  // ---- Recovery ---------------------------------------------------------------------------------

  /** Skips to the token that closes the current bracket `end` (nesting counted); returns it. */
  private recover(end: T): Token {
    const start = opposite(end);
    this.recovery = true;
    let nest = 0;
    for (;;) {
      const tok = this.p.read();
      let ty = tok.type;
      if (end === T.TemplateSeqEnd && ty === T.TemplateControl) ty = T.TemplateInterp;
      if (ty === start) nest++;
      else if (ty === end) {
        if (nest < 1) return tok;
        nest--;
      } else if (ty === T.EOF) return tok;
    }
  }

  /** Skips to the end of the current line, ignoring newlines inside brackets. */
  private recoverAfterBodyItem(): void {
    this.recovery = true;
    const open: T[] = [];
    for (;;) {
      const tok = this.p.read();
      switch (tok.type) {
        case T.Newline:
          if (open.length === 0) return;
          break;
        case T.EOF:
          return;
        case T.OBrace:
        case T.OBrack:
        case T.OParen:
        case T.OQuote:
        case T.OHeredoc:
        case T.TemplateInterp:
        case T.TemplateControl:
          open.push(tok.type);
          break;
        case T.CBrace:
        case T.CBrack:
        case T.CParen:
        case T.CQuote:
        case T.CHeredoc: {
          const opener = opposite(tok.type);
          while (open.length > 0 && open[open.length - 1] !== opener) open.pop();
          if (open.length > 0) open.pop();
          break;
        }
        case T.TemplateSeqEnd:
          while (open.length > 0 && open[open.length - 1] !== T.TemplateInterp && open[open.length - 1] !== T.TemplateControl) {
            open.pop();
          }
          if (open.length > 0) open.pop();
          break;
      }
    }
  }

  // ---- Expressions ------------------------------------------------------------------------------

  parseExpression(): Expression {
    if (++this.depth > MAX_NESTING) throw new NestingTooDeep(span(this.p.peek()));
    try {
      return this.parseTernary();
    } finally {
      this.depth--;
    }
  }

  private parseTernary(): Expression {
    const startRange = this.p.peek();
    let e0 = this.errors;
    const condition = this.parseBinary(0);
    if (this.recovery && this.errors > e0) return condition;
    if (this.p.peek().type !== T.Question) return condition;
    this.p.read();
    e0 = this.errors;
    const trueResult = this.parseExpression();
    if (this.recovery && this.errors > e0) return condition;
    const colon = this.p.peek();
    if (colon.type !== T.Colon) {
      this.error(
        'Missing false expression in conditional',
        'The conditional operator (...?...:...) requires a false expression, delimited by a colon.',
        colon,
      );
      return condition;
    }
    this.p.read();
    e0 = this.errors;
    const falseResult = this.parseExpression();
    if (this.recovery && this.errors > e0) return condition;
    return { type: 'Conditional', condition, trueResult, falseResult, start: startRange.start, end: falseResult.end };
  }

  /**
   * Binary operators at `level` or tighter, by precedence climbing: the tree HCL's recursion over the
   * levels gives (left-associative within a level), without descending through every level for each
   * operand, which was most of the cost of parsing a plain value. On an error under recovery each level
   * returns what it had before its unfinished operator, as the recursion did.
   */
  private parseBinary(level: number): Expression {
    const e0 = this.errors;
    let lhs = this.parseWithTraversals();
    if (this.recovery && this.errors > e0) return lhs;
    for (;;) {
      const next = BINARY_OPERATORS.get(this.p.peek().type);
      if (!next || next.level < level) return lhs;
      this.p.read();
      const e1 = this.errors;
      const rhs = this.parseBinary(next.level + 1);
      if (this.recovery && this.errors > e1) return lhs;
      lhs = { type: 'Binary', op: next.op, lhs, rhs, start: lhs.start, end: rhs.end };
    }
  }

  private parseWithTraversals(): Expression {
    return this.parseTraversals(this.parseTerm());
  }

  private parseTraversals(from: Expression): Expression {
    let ret = from;
    for (;;) {
      const next = this.p.peek();
      if (next.type === T.Dot) {
        const dot = this.p.read();
        const attrTok = this.p.peek();
        if (attrTok.type === T.Ident) {
          this.p.read();
          ret = appendStep(ret, { type: 'AttrStep', name: this.text(attrTok), start: dot.start, end: attrTok.end });
        } else if (attrTok.type === T.NumberLit) {
          this.p.read();
          ret = appendStep(ret, this.legacyIndexStep(dot, attrTok, false));
        } else if (attrTok.type === T.Star) {
          ret = this.parseAttrSplat(ret, from, dot);
        } else {
          this.error('Invalid attribute name', 'An attribute name is required after a dot.', attrTok);
          this.recovery = true;
        }
      } else if (next.type === T.OBrack) {
        ret = this.parseIndexOrFullSplat(ret, from);
      } else {
        return ret;
      }
    }
  }

  /** `.0` (HIL's legacy index syntax). `.0.1` lexes as one number and is rejected. */
  private legacyIndexStep(dot: Token, num: Token, inSplat: boolean): IndexStep {
    const raw = this.text(num);
    const dotIdx = raw.indexOf('.');
    if (dotIdx >= 0) {
      const hint = inSplat ? ' with a full splat expression [*]' : '';
      this.error(
        'Invalid legacy index syntax',
        `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax${hint} instead, like [${raw.slice(0, dotIdx)}][${raw.slice(dotIdx + 1)}].`,
        num,
      );
      return { type: 'IndexStep', key: null, start: dot.start, end: num.end };
    }
    return { type: 'IndexStep', key: this.numberValue(num), raw, start: dot.start, end: num.end };
  }

  /** `x.*.a.b`: the attribute-only splat, which takes only attribute (and legacy index) steps. */
  private parseAttrSplat(ret: Expression, from: Expression, dot: Token): Expression {
    const marker = this.p.read();
    const steps: TraversalStep[] = [];
    const first = this.p.peek();
    let last: Span = marker;
    while (this.p.peek().type === T.Dot) {
      const d = this.p.read();
      const t = this.p.peek();
      if (t.type === T.NumberLit) {
        this.p.read();
        steps.push(this.legacyIndexStep(d, t, true));
        last = t;
        continue;
      }
      if (t.type !== T.Ident) {
        if (!this.recovery) {
          if (t.type === T.Star) {
            this.error('Nested splat expression not allowed', 'A splat expression (*) cannot be used inside another attribute-only splat expression.', t);
          } else {
            this.error('Invalid attribute name', 'An attribute name is required after a dot.', t);
          }
        }
        this.recovery = true;
        break;
      }
      this.p.read();
      steps.push({ type: 'AttrStep', name: this.text(t), start: d.start, end: t.end });
      last = t;
    }
    const item = { type: 'AnonSymbol' as const, start: dot.start, end: marker.end };
    const each: Expression =
      steps.length === 0 ? item : { type: 'RelativeTraversal', source: item, steps, start: first.start, end: last.end };
    return { type: 'Splat', full: false, source: ret, each, item, markerRange: between(dot, marker), start: from.start, end: last.end };
  }

  private parseIndexOrFullSplat(ret: Expression, from: Expression): Expression {
    const open = this.p.read();
    if (this.p.peek().type === T.Star) {
      this.p.read();
      let close = this.p.read();
      if (close.type !== T.CBrack && !this.recovery) {
        this.error(
          'Missing close bracket on splat index',
          'The star for a full splat operator must be immediately followed by a closing bracket ("]").',
          close,
        );
        close = this.recover(T.CBrack);
      }
      const item = { type: 'AnonSymbol' as const, start: open.start, end: close.end };
      const each = this.parseTraversals(item);
      return { type: 'Splat', full: true, source: ret, each, item, markerRange: between(open, close), start: from.start, end: each.end };
    }
    this.p.pushIncludeNewlines(false);
    const e0 = this.errors;
    const key = this.parseExpression();
    let close: Token;
    if (this.recovery && this.errors > e0) {
      close = this.recover(T.CBrack);
    } else {
      close = this.p.read();
      if (close.type !== T.CBrack && !this.recovery) {
        this.error('Missing close bracket on index', 'The index operator must end with a closing bracket ("]").', close);
        close = this.recover(T.CBrack);
      }
    }
    this.p.popIncludeNewlines();
    if (key.type === 'Literal') {
      const step: IndexStep = { type: 'IndexStep', key: key.value, start: open.start, end: close.end };
      if (key.raw !== undefined) step.raw = key.raw;
      return appendStep(ret, step);
    }
    if (key.type === 'Invalid') {
      // hclsyntax's error placeholder is a literal too, so it also becomes a (dynamic) traversal step.
      return appendStep(ret, { type: 'IndexStep', key: null, start: open.start, end: close.end });
    }
    if (key.type === 'Template' && isStringLiteralTemplate(key)) {
      return appendStep(ret, { type: 'IndexStep', key: templateString(key), start: open.start, end: close.end });
    }
    return { type: 'Index', collection: ret, key, openBracket: span(open), start: from.start, end: close.end };
  }

  private parseTerm(): Expression {
    const start = this.p.peek();
    switch (start.type) {
      case T.OParen: {
        const oParen = this.p.read();
        this.p.pushIncludeNewlines(false);
        const e0 = this.errors;
        const expr = this.parseExpression();
        if (this.errors > e0) {
          this.recover(T.CParen);
          this.p.popIncludeNewlines();
          return expr;
        }
        const close = this.p.peek();
        if (close.type !== T.CParen) {
          this.error('Unbalanced parentheses', 'Expected a closing parenthesis to terminate the expression.', close);
          this.recovery = true;
        }
        const cParen = this.p.read();
        this.p.popIncludeNewlines();
        return { type: 'Parentheses', expr, start: oParen.start, end: cParen.end };
      }
      case T.NumberLit: {
        const tok = this.p.read();
        return { type: 'Literal', value: this.numberValue(tok), raw: this.text(tok), start: tok.start, end: tok.end };
      }
      case T.Ident: {
        const tok = this.p.read();
        if (this.p.peek().type === T.OParen) return this.finishFunctionCall(tok);
        const namespaced = this.namespacedFunctionName(tok);
        if (namespaced) return namespaced;
        const name = this.text(tok);
        if (name === 'true' || name === 'false') return { type: 'Literal', value: name === 'true', start: tok.start, end: tok.end };
        if (name === 'null') return { type: 'Literal', value: null, start: tok.start, end: tok.end };
        return { type: 'ScopeTraversal', root: name, rootRange: span(tok), steps: [], start: tok.start, end: tok.end };
      }
      case T.OQuote:
      case T.OHeredoc:
        return this.parseTemplateTerm();
      case T.Minus:
      case T.Bang: {
        const tok = this.p.read();
        // Unary operators bind tighter than binary ones: -46+5 is (-46)+5.
        const operand = this.parseWithTraversals();
        return { type: 'Unary', op: start.type === T.Minus ? '-' : '!', operand, start: tok.start, end: operand.end };
      }
      case T.OBrack:
        return this.parseTuple();
      case T.OBrace:
        return this.parseObject();
      default:
        if (!this.recovery) {
          if (start.type === T.EOF) {
            this.error('Missing expression', 'Expected the start of an expression, but found the end of the file.', start);
          } else {
            this.error('Invalid expression', 'Expected the start of an expression, but found an invalid expression token.', start);
          }
        }
        this.recovery = true;
        return { type: 'Invalid', start: start.start, end: start.end };
    }
  }

  private numberValue(tok: Token): number | null {
    const raw = this.text(tok);
    if (!NUMBER.test(raw)) {
      this.error('Invalid number literal', 'Failed to recognize the value of this number literal.', tok);
      return null;
    }
    return Number(raw);
  }

  /**
   * `provider::aws::arn_parse(...)` (Terraform 1.8+): a namespaced function name. HCL 2.14's scanner has
   * no `::` token, so it arrives as two adjacent colons; anything else after the name leaves the stream
   * untouched and returns null.
   */
  private namespacedFunctionName(first: Token): Expression | null {
    const isDoubleColon = (): boolean => {
      const mark = this.p.save();
      const a = this.p.read();
      const b = this.p.read();
      this.p.restore(mark);
      return a.type === T.Colon && b.type === T.Colon && a.end === b.start;
    };
    if (!isDoubleColon()) return null;
    let last: Token = first;
    for (;;) {
      this.p.read();
      this.p.read();
      const part = this.p.peek();
      if (part.type !== T.Ident) {
        this.error('Missing function name', 'Function scope resolution symbol :: must be followed by a function name in this scope.', part);
        this.recovery = true;
        return { type: 'Invalid', start: first.start, end: part.end };
      }
      last = this.p.read();
      if (!isDoubleColon()) break;
    }
    const name: Token = { type: T.Ident, start: first.start, end: last.end };
    if (this.p.peek().type !== T.OParen) {
      this.error('Missing function call', 'A namespaced name must be followed by an argument list in parentheses.', this.p.peek());
      this.recovery = true;
      return { type: 'Invalid', start: first.start, end: last.end };
    }
    return this.finishFunctionCall(name);
  }

  private finishFunctionCall(name: Token): FunctionCallExpr {
    const openTok = this.p.read();
    const args: Expression[] = [];
    let expandFinal = false;
    let closeTok: Token | null = null;
    this.p.pushIncludeNewlines(false);
    for (;;) {
      if (this.p.peek().type === T.CParen) {
        closeTok = this.p.read();
        break;
      }
      const e0 = this.errors;
      const arg = this.parseExpression();
      args.push(arg);
      if (this.recovery && this.errors > e0) {
        closeTok = this.recover(T.CParen);
        break;
      }
      const sep = this.p.read();
      if (sep.type === T.CParen) {
        closeTok = sep;
        break;
      }
      if (sep.type === T.Ellipsis) {
        expandFinal = true;
        if (this.p.peek().type !== T.CParen) {
          if (!this.recovery) {
            this.error(
              'Missing closing parenthesis',
              'An expanded function argument (with ...) must be immediately followed by closing parentheses.',
              sep,
            );
          }
          closeTok = this.recover(T.CParen);
        } else {
          closeTok = this.p.read();
        }
        break;
      }
      if (sep.type !== T.Comma) {
        if (sep.type === T.EOF) {
          this.error(
            'Unterminated function call',
            'There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.',
            between(name, openTok),
          );
        } else {
          this.error('Missing argument separator', 'A comma is required to separate each function argument from the next.', sep);
        }
        closeTok = this.recover(T.CParen);
        break;
      }
      if (this.p.peek().type === T.CParen) {
        closeTok = this.p.read();
        break;
      }
    }
    this.p.popIncludeNewlines();
    return {
      type: 'FunctionCall',
      name: this.text(name).replace(/\s+/g, ''),
      nameRange: span(name),
      args,
      expandFinal,
      openParen: span(openTok),
      closeParen: span(closeTok),
      start: name.start,
      end: closeTok.end,
    };
  }

  private parseTuple(): Expression {
    const open = this.p.read();
    this.p.pushIncludeNewlines(false);
    try {
      if (this.isKeyword(this.p.peek(), 'for')) return this.finishFor(open);
      const items: Expression[] = [];
      let close: Token;
      for (;;) {
        if (this.p.peek().type === T.CBrack) {
          close = this.p.read();
          break;
        }
        const e0 = this.errors;
        items.push(this.parseExpression());
        if (this.recovery && this.errors > e0) {
          close = this.recover(T.CBrack);
          break;
        }
        const next = this.p.peek();
        if (next.type === T.CBrack) {
          close = this.p.read();
          break;
        }
        if (next.type !== T.Comma) {
          if (!this.recovery) {
            if (next.type === T.EOF) {
              this.error(
                'Unterminated tuple constructor expression',
                'There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.',
                open,
              );
            } else {
              this.error('Missing item separator', 'Expected a comma to mark the beginning of the next item.', next);
            }
          }
          close = this.recover(T.CBrack);
          break;
        }
        this.p.read();
      }
      return { type: 'Tuple', items, start: open.start, end: close.end };
    } finally {
      this.p.popIncludeNewlines();
    }
  }

  private parseObject(): Expression {
    const open = this.p.read();
    // `for` expressions are not newline-sensitive, object constructors are: peek without newlines.
    this.p.pushIncludeNewlines(false);
    const isFor = this.isKeyword(this.p.peek(), 'for');
    this.p.popIncludeNewlines();
    if (isFor) return this.finishFor(open);

    this.p.pushIncludeNewlines(true);
    try {
      const items: ObjectItem[] = [];
      let close: Token;
      for (;;) {
        const next = this.p.peek();
        if (next.type === T.Newline) {
          this.p.read();
          continue;
        }
        if (next.type === T.CBrace) {
          close = this.p.read();
          break;
        }
        // Parentheses around a key force it to be an expression rather than a bare name.
        const forceNonLiteral = next.type === T.OParen;
        let e0 = this.errors;
        const keyInner = this.parseExpression();
        if (this.recovery && this.errors > e0) {
          close = this.recover(T.CBrace);
          break;
        }
        const key: ObjectKeyExpr = { type: 'ObjectKey', wrapped: keyInner, forceNonLiteral, start: keyInner.start, end: keyInner.end };
        const sep = this.p.peek();
        if (sep.type !== T.Equal && sep.type !== T.Colon) {
          if (!this.recovery) {
            if (sep.type === T.Newline || sep.type === T.Comma) {
              this.error('Missing attribute value', 'Expected an attribute value, introduced by an equals sign ("=").', sep);
            } else if (sep.type === T.Ident) {
              this.error(
                'Missing key/value separator',
                'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.',
                sep,
              );
            } else if (sep.type === T.EOF) {
              this.error(
                'Unterminated object constructor expression',
                'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
                open,
              );
            } else {
              this.error('Missing key/value separator', 'Expected an equals sign ("=") to mark the beginning of the attribute value.', sep);
            }
          }
          close = this.recover(T.CBrace);
          break;
        }
        this.p.read();
        e0 = this.errors;
        const value = this.parseExpression();
        if (this.recovery && this.errors > e0) {
          close = this.recover(T.CBrace);
          break;
        }
        items.push({ key, value });
        const after = this.p.peek();
        if (after.type === T.CBrace) {
          close = this.p.read();
          break;
        }
        if (after.type !== T.Comma && after.type !== T.Newline) {
          if (!this.recovery) {
            if (after.type === T.EOF) {
              this.error(
                'Unterminated object constructor expression',
                'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
                open,
              );
            } else {
              this.error('Missing attribute separator', 'Expected a newline or comma to mark the beginning of the next attribute.', after);
            }
          }
          close = this.recover(T.CBrace);
          break;
        }
        this.p.read();
      }
      return { type: 'Object', items, start: open.start, end: close.end };
    } finally {
      this.p.popIncludeNewlines();
    }
  }

  private finishFor(open: Token): Expression {
    this.p.pushIncludeNewlines(false);
    try {
      this.p.read(); // `for`
      const object = open.type === T.OBrace;
      const closeType = object ? T.CBrace : T.CBrack;
      const fail = (detail: string): Expression => {
        const at = this.p.peek();
        if (!this.recovery) this.error("Invalid 'for' expression", detail, at);
        const close = this.recover(closeType);
        return { type: 'Invalid', start: open.start, end: close.end };
      };
      if (this.p.peek().type !== T.Ident) return fail("For expression requires variable name after 'for'.");
      let valVar = this.text(this.p.read());
      let keyVar: string | null = null;
      if (this.p.peek().type === T.Comma) {
        keyVar = valVar;
        this.p.read();
        if (this.p.peek().type !== T.Ident) return fail('For expression requires value variable name after comma.');
        valVar = this.text(this.p.read());
      }
      if (!this.isKeyword(this.p.peek(), 'in')) return fail("For expression requires the 'in' keyword after its name declarations.");
      this.p.read();
      let e0 = this.errors;
      const collection = this.parseExpression();
      if (this.recovery && this.errors > e0) {
        const close = this.recover(closeType);
        return { type: 'Invalid', start: open.start, end: close.end };
      }
      if (this.p.peek().type !== T.Colon) return fail('For expression requires a colon after the collection expression.');
      this.p.read();
      e0 = this.errors;
      let valExpr = this.parseExpression();
      let keyExpr: Expression | null = null;
      if (this.p.peek().type === T.FatArrow) {
        this.p.read();
        keyExpr = valExpr;
        valExpr = this.parseExpression();
      }
      if (this.recovery && this.errors > e0) {
        const close = this.recover(closeType);
        return { type: 'Invalid', start: open.start, end: close.end };
      }
      let group = false;
      let ellipsis: Token | null = null;
      if (this.p.peek().type === T.Ellipsis) {
        ellipsis = this.p.read();
        group = true;
      }
      let condition: Expression | null = null;
      if (this.isKeyword(this.p.peek(), 'if')) {
        this.p.read();
        e0 = this.errors;
        condition = this.parseExpression();
        if (this.recovery && this.errors > e0) {
          const close = this.recover(closeType);
          return { type: 'Invalid', start: open.start, end: close.end };
        }
      }
      let close: Token;
      if (this.p.peek().type === closeType) {
        close = this.p.read();
      } else {
        if (!this.recovery) this.error("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.", this.p.peek());
        close = this.recover(closeType);
      }
      if (!object) {
        if (keyExpr) this.error("Invalid 'for' expression", 'Key expression is not valid when building a tuple.', keyExpr);
        if (group && ellipsis) this.error("Invalid 'for' expression", 'Grouping ellipsis (...) cannot be used when building a tuple.', ellipsis);
      } else if (!keyExpr) {
        this.error("Invalid 'for' expression", 'Key expression is required when building an object.', valExpr);
      }
      const result: ForExpr = {
        type: 'For',
        object,
        keyVar,
        valVar,
        collection,
        keyExpr,
        valExpr,
        condition,
        group,
        openRange: span(open),
        closeRange: span(close),
        start: open.start,
        end: close.end,
      };
      return result;
    } finally {
      this.p.popIncludeNewlines();
    }
  }

  // ---- Templates --------------------------------------------------------------------------------

  /** A template with no delimiters, running to the end of the token stream. */
  parseBareTemplate(start: number, end: number): Expression {
    const pieces = this.readTemplatePieces(T.EOF);
    const folder = new TemplateFolder(pieces);
    const parts = folder.parseRoot();
    for (const d of folder.diagnostics) this.error(d.summary, d.detail, d.subject);
    if (pieces.length === 2 && pieces[0]!.kind === 'interp') return { type: 'TemplateWrap', wrapped: parts[0]!, start, end };
    return { type: 'Template', parts, start, end };
  }

  private parseTemplateTerm(): Expression {
    const open = this.p.read();
    const heredoc = open.type === T.OHeredoc;
    const closer = heredoc ? T.CHeredoc : T.CQuote;
    const pieces = this.readTemplatePieces(closer);
    let flush = false;
    if (heredoc) {
      flush = this.src.charCodeAt(open.start + 2) === 45;
      if (flush) flushHeredocPieces(pieces);
    }
    const folder = new TemplateFolder(pieces);
    const parts = folder.parseRoot();
    for (const d of folder.diagnostics) this.error(d.summary, d.detail, d.subject);
    const closeRange = this.p.prevRange();
    // A template that is exactly one interpolation passes its value through unchanged (any type).
    if (pieces.length === 2 && pieces[0]!.kind === 'interp') {
      return { type: 'TemplateWrap', wrapped: parts[0]!, start: open.start, end: closeRange.end };
    }
    const result: TemplateExpr = { type: 'Template', parts, start: open.start, end: closeRange.end };
    if (heredoc) {
      const m = /^<<-?([^\r\n]*)/.exec(this.text(open));
      result.heredoc = { marker: m ? m[1]! : '', flush };
    }
    return result;
  }

  /** First stage: reads literal runs, interpolations and directive markers up to the closing token. */
  private readTemplatePieces(end: T): TemplatePiece[] {
    const pieces: TemplatePiece[] = [];
    const startRange = this.p.peek();
    let ltrimNext = false;
    let nextCanTrimPrev = false;
    let endRange: Span;
    for (;;) {
      const next = this.p.read();
      if (next.type === end) {
        endRange = next;
        break;
      }
      const ltrim = ltrimNext;
      ltrimNext = false;
      const canTrimPrev = nextCanTrimPrev;
      nextCanTrimPrev = false;
      if (next.type === T.StringLit || next.type === T.QuotedLit) {
        let value = decodeStringLiteral(this.src, next.start, next.end, next.type === T.QuotedLit, this.report);
        if (ltrim) value = value.replace(/^\s+/u, '');
        pieces.push({ kind: 'literal', expr: { type: 'Literal', value, start: next.start, end: next.end } });
        nextCanTrimPrev = true;
        continue;
      }
      if (next.type === T.TemplateInterp || next.type === T.TemplateControl) {
        const tildeOpen = next.end - next.start === 3;
        if (canTrimPrev && tildeOpen && pieces.length > 0) {
          const prev = pieces[pieces.length - 1]!;
          if (prev.kind === 'literal') prev.expr.value = (prev.expr.value as string).replace(/\s+$/u, '');
        }
        if (next.type === T.TemplateInterp) {
          ltrimNext = this.readInterpolation(next, startRange, end, pieces);
        } else {
          const r = this.readDirective(next, pieces);
          if (r === null) continue;
          ltrimNext = r;
        }
        continue;
      }
      if (!this.recovery) {
        this.error('Unterminated template string', 'No closing marker was found for the string.', next);
      }
      endRange = this.recover(end);
      break;
    }
    if (pieces.length === 0) {
      pieces.push({ kind: 'literal', expr: { type: 'Literal', value: '', start: startRange.end, end: startRange.end } });
    }
    pieces.push({ kind: 'end', start: endRange.start, end: endRange.end });
    return pieces;
  }

  /** `${ expr }`; returns whether the closing `~}` asks to trim the following literal. */
  private readInterpolation(open: Token, startRange: Span, end: T, pieces: TemplatePiece[]): boolean {
    this.p.pushIncludeNewlines(false);
    const expr = this.parseExpression();
    const close = this.p.peek();
    let trim = false;
    if (close.type !== T.TemplateSeqEnd) {
      if (!this.recovery) {
        if (close.type === T.EOF) {
          this.error(
            'Unclosed template interpolation sequence',
            'There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.',
            startRange,
          );
        } else if (close.type === T.Colon) {
          this.error(
            'Extra characters after interpolation expression',
            'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".',
            close,
          );
        } else if ((close.type === T.CQuote || close.type === T.OQuote) && end === T.CQuote) {
          this.error(
            'Unclosed template interpolation sequence',
            'There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.',
            startRange,
          );
        } else {
          this.error(
            'Extra characters after interpolation expression',
            'Expected a closing brace to end the interpolation expression, but found extra characters. If this is an embedded sequence for another language, escape it by starting with "$${" instead of just "${".',
            close,
          );
        }
      }
      this.recover(T.TemplateSeqEnd);
    } else {
      this.p.read();
      trim = close.end - close.start === 2 && this.src.charCodeAt(close.start) === 126;
    }
    this.p.popIncludeNewlines();
    pieces.push({ kind: 'interp', expr, start: open.start, end: close.end });
    return trim;
  }

  /** `%{ if c }`, `%{ else }`, `%{ endif }`, `%{ for ... }`, `%{ endfor }`. Null when skipped. */
  private readDirective(open: Token, pieces: TemplatePiece[]): boolean | null {
    this.p.pushIncludeNewlines(false);
    const kw = this.p.peek();
    const skip = (summary: string, detail: string, subject: Span): null => {
      if (!this.recovery) this.error(summary, detail, subject);
      this.recover(T.TemplateSeqEnd);
      this.p.popIncludeNewlines();
      return null;
    };
    if (kw.type !== T.Ident) {
      return skip('Invalid template directive', 'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.', kw);
    }
    this.p.read();
    const word = this.text(kw);
    switch (word) {
      case 'if': {
        const condition = this.parseExpression();
        pieces.push({ kind: 'if', condition, start: open.start, end: this.p.peek().end });
        break;
      }
      case 'else':
      case 'endif':
      case 'endfor':
        pieces.push({ kind: 'endctrl', which: word, start: open.start, end: this.p.peek().end });
        break;
      case 'for': {
        if (this.p.peek().type !== T.Ident) {
          return skip("Invalid 'for' directive", "For directive requires variable name after 'for'.", this.p.peek());
        }
        let valVar = this.text(this.p.read());
        let keyVar: string | null = null;
        if (this.p.peek().type === T.Comma) {
          keyVar = valVar;
          this.p.read();
          if (this.p.peek().type !== T.Ident) {
            return skip("Invalid 'for' directive", 'For directive requires value variable name after comma.', this.p.peek());
          }
          valVar = this.text(this.p.read());
        }
        if (!this.isKeyword(this.p.peek(), 'in')) {
          return skip("Invalid 'for' directive", "For directive requires 'in' keyword after names.", this.p.peek());
        }
        this.p.read();
        const collection = this.parseExpression();
        pieces.push({ kind: 'for', keyVar, valVar, collection, start: open.start, end: this.p.peek().end });
        break;
      }
      default:
        return skip('Invalid template control keyword', `"${word}" is not a valid template control keyword.`, kw);
    }
    const close = this.p.peek();
    let trim = false;
    if (close.type !== T.TemplateSeqEnd) {
      if (!this.recovery) {
        this.error(`Extra characters in ${word} marker`, 'Expected a closing brace to end the sequence, but found extra characters.', close);
      }
      this.recover(T.TemplateSeqEnd);
    } else {
      this.p.read();
      trim = close.end - close.start === 2 && this.src.charCodeAt(close.start) === 126;
    }
    this.p.popIncludeNewlines();
    return trim;
  }
}

function opposite(t: T): T {
  switch (t) {
    case T.OBrace:
      return T.CBrace;
    case T.OBrack:
      return T.CBrack;
    case T.OParen:
      return T.CParen;
    case T.OQuote:
      return T.CQuote;
    case T.OHeredoc:
      return T.CHeredoc;
    case T.CBrace:
      return T.OBrace;
    case T.CBrack:
      return T.OBrack;
    case T.CParen:
      return T.OParen;
    case T.CQuote:
      return T.OQuote;
    case T.CHeredoc:
      return T.OHeredoc;
    case T.TemplateControl:
    case T.TemplateInterp:
      return T.TemplateSeqEnd;
    case T.TemplateSeqEnd:
      return T.TemplateInterp;
    default:
      return T.Nil;
  }
}

/** Adds a literal step to a traversal, extending it in place when it already is one. */
function appendStep(expr: Expression, step: TraversalStep): Expression {
  if (expr.type === 'ScopeTraversal' || expr.type === 'RelativeTraversal') {
    expr.steps.push(step);
    expr.end = step.end;
    return expr;
  }
  return { type: 'RelativeTraversal', source: expr, steps: [step], start: expr.start, end: step.end };
}

/** True when a template has exactly one literal part (hclsyntax's IsStringLiteral). */
export function isStringLiteralTemplate(t: TemplateExpr): boolean {
  return t.parts.length === 1 && t.parts[0]!.type === 'Literal' && typeof (t.parts[0] as LiteralExpr).value === 'string';
}

function templateString(t: TemplateExpr): string {
  return (t.parts[0] as LiteralExpr).value as string;
}

/** A block's header span: its type through its last label (a new object: the block owns it). */
export function headerOf(type: Span, labels: readonly Span[]): Span {
  const last = labels[labels.length - 1];
  return { start: type.start, end: last ? last.end : type.end };
}
