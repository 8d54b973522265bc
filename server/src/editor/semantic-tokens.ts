// SPDX-License-Identifier: Apache-2.0
// Semantic highlighting of Terraform (.tf, .tfvars) from our own parser: exact, and no TextMate grammar
// to ship or keep in step with HCL. Two sources, merged in source order:
// - the syntax tree says what an identifier is (a block type, a label, an argument name, a reference's
//   root and its attribute steps, a function, an object key, `true`/`false`/`null`, a `for` variable);
// - the token stream gives everything else its class (comments, strings and heredocs, numbers, operators,
//   the `${` `%{` `}` delimiters of templates, the `if`/`else`/`endif`/`endfor` words).
// A span from the tree wins over the tokens inside it (a quoted label is one token, quotes included).
// LSP-free: the handler (handlers/semanticTokens.ts) encodes the result against the legend below.

import type { Block, Body, Expression, HclFile, TemplateExpr, TraversalStep } from '../parsers/hcl/ast';
import { lexHclStream } from '../parsers/hcl/lexer';
import { parseHcl } from '../parsers/hcl/parser';
import { T } from '../parsers/hcl/tokens';
import { LineIndex } from '../core/positions';

/** The legend's token types, in legend order (standard LSP names, so every theme colours them). */
export const TOKEN_TYPES = ['keyword', 'type', 'variable', 'parameter', 'property', 'function', 'string', 'number', 'comment', 'operator'] as const;
/** The legend's modifiers, in legend order (bit i of the encoded set). */
export const TOKEN_MODIFIERS = ['declaration', 'defaultLibrary'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** One token on one line, in LSP coordinates (0-based line, UTF-16 character and length). */
export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  type: TokenType;
  modifiers: readonly TokenModifier[];
}

/** A classified [start, end) span of the source (may cross lines until split). */
interface Piece {
  start: number;
  end: number;
  type: TokenType;
  modifiers: readonly TokenModifier[];
}

/** Roots Terraform itself defines: references through them are the language's, not the user's names. */
const BUILT_IN_ROOTS = new Set(['var', 'local', 'module', 'data', 'ephemeral', 'each', 'count', 'self', 'path', 'terraform']);
/** Block types whose first label is a resource type (`aws_s3_bucket`), highlighted as a type. */
const TYPED_BLOCKS = new Set(['resource', 'data', 'ephemeral']);
/** Words that are keywords where the tree does not classify them (for/if clauses, template directives). */
const KEYWORDS = new Set(['for', 'in', 'if', 'else', 'endif', 'endfor']);
/** Type constraint keywords and constructors, in a variable's `type`. */
const TYPE_WORDS = new Set(['string', 'number', 'bool', 'any', 'list', 'map', 'set', 'object', 'tuple', 'optional']);
const NONE: readonly TokenModifier[] = [];
const DECLARATION: readonly TokenModifier[] = ['declaration'];
const LIBRARY: readonly TokenModifier[] = ['defaultLibrary'];
/** `for k, v in` at the start of a `for` expression or directive (after `[`, `{` or `%{`). */
const FOR_HEAD = /^(\s*)(for)(\s+)([A-Za-z_][\w-]*)(?:(\s*,\s*)([A-Za-z_][\w-]*))?(\s+)(in)\b/;

/** Collects the tree's spans, tracking the names `for` expressions bind (their uses are parameters). */
class TreeWalker {
  readonly pieces: Piece[] = [];
  private readonly scopes: Set<string>[] = [];

  constructor(private readonly src: string) {}

  private add(start: number, end: number, type: TokenType, modifiers: readonly TokenModifier[] = NONE): void {
    if (end > start) this.pieces.push({ start, end, type, modifiers });
  }

  body(body: Body, topLevel: boolean, blockType = ''): void {
    for (const item of body.items) {
      if (item.type === 'Attribute') {
        this.add(item.nameRange.start, item.nameRange.end, 'property', DECLARATION);
        // A variable's `type` is a type constraint (`list(object({ name = string }))`), not an expression.
        if (blockType === 'variable' && item.name === 'type') this.typeConstraint(item.expr);
        else this.expr(item.expr);
      } else {
        this.block(item, topLevel);
      }
    }
  }

  private block(b: Block, topLevel: boolean): void {
    this.add(b.typeRange.start, b.typeRange.end, 'keyword');
    b.labels.forEach((label, i) => {
      const isType = topLevel && i === 0 && TYPED_BLOCKS.has(b.blockType) && b.labels.length > 1;
      this.add(label.start, label.end, isType ? 'type' : 'variable', isType ? NONE : DECLARATION);
    });
    // In a `dynamic` block, the iterator (the label, or `iterator = name`) is bound in the whole body.
    if (b.blockType === 'dynamic' && b.labels[0]) {
      const it = b.body.attributes.find((a) => a.name === 'iterator')?.expr;
      const name = it?.type === 'ScopeTraversal' && it.steps.length === 0 ? it.root : b.labels[0].value;
      this.scoped(new Set([name]), () => this.body(b.body, false));
    } else {
      this.body(b.body, false, topLevel ? b.blockType : '');
    }
  }

  private typeConstraint(e: Expression): void {
    if (e.type === 'ScopeTraversal' && e.steps.length === 0 && TYPE_WORDS.has(e.root)) {
      this.add(e.rootRange.start, e.rootRange.end, 'type');
    } else if (e.type === 'FunctionCall' && TYPE_WORDS.has(e.name)) {
      this.add(e.nameRange.start, e.nameRange.end, 'type');
      for (const a of e.args) this.typeConstraint(a);
    } else if (e.type === 'Object') {
      for (const item of e.items) {
        const k = item.key.wrapped;
        if (!item.key.forceNonLiteral && k.type === 'ScopeTraversal' && k.steps.length === 0) this.add(k.rootRange.start, k.rootRange.end, 'property');
        this.typeConstraint(item.value);
      }
    } else if (e.type === 'Tuple') {
      for (const item of e.items) this.typeConstraint(item);
    } else {
      // `optional(string, "default")`'s default, or anything else: an ordinary expression.
      this.expr(e);
    }
  }

  private steps(steps: readonly TraversalStep[]): void {
    for (const s of steps) {
      // An attribute step's span starts at its dot; the name is its last characters.
      if (s.type === 'AttrStep') this.add(s.end - s.name.length, s.end, 'property');
    }
  }

  /** `for k, v in` heads: keywords and the bound names, which are in scope for the rest of the expression. */
  private forHead(from: number): Set<string> {
    const names = new Set<string>();
    const m = FOR_HEAD.exec(this.src.slice(from, from + 400));
    if (!m) return names;
    let at = from + m[1]!.length;
    this.add(at, at + 3, 'keyword');
    at += 3 + m[3]!.length;
    this.add(at, at + m[4]!.length, 'parameter', DECLARATION);
    names.add(m[4]!);
    at += m[4]!.length;
    if (m[6] !== undefined) {
      at += m[5]!.length;
      this.add(at, at + m[6].length, 'parameter', DECLARATION);
      names.add(m[6]);
      at += m[6].length;
    }
    at += m[7]!.length;
    this.add(at, at + 2, 'keyword');
    return names;
  }

  private scoped(names: Set<string>, f: () => void): void {
    this.scopes.push(names);
    try {
      f();
    } finally {
      this.scopes.pop();
    }
  }

  private bound(name: string): boolean {
    return this.scopes.some((s) => s.has(name));
  }

  private template(t: TemplateExpr): void {
    for (const p of t.parts) if (p.type !== 'Literal') this.expr(p);
  }

  expr(e: Expression): void {
    switch (e.type) {
      case 'Literal':
        if (typeof e.value === 'boolean' || e.value === null) this.add(e.start, e.end, 'keyword');
        return;
      case 'Template':
        return this.template(e);
      case 'TemplateWrap':
        return this.expr(e.wrapped);
      case 'TemplateIf':
        this.expr(e.condition);
        this.template(e.trueResult);
        if (e.falseResult) this.template(e.falseResult);
        return;
      case 'TemplateFor': {
        // The directive starts at `%{` (optionally `%{~`).
        const head = /^%\{~?/.exec(this.src.slice(e.start, e.start + 3));
        const names = this.forHead(e.start + (head ? head[0].length : 0));
        this.expr(e.collection);
        this.scoped(names, () => this.template(e.body));
        return;
      }
      case 'ScopeTraversal': {
        const param = this.bound(e.root);
        this.add(e.rootRange.start, e.rootRange.end, param ? 'parameter' : 'variable', !param && BUILT_IN_ROOTS.has(e.root) ? LIBRARY : NONE);
        this.steps(e.steps);
        return;
      }
      case 'RelativeTraversal':
        this.expr(e.source);
        this.steps(e.steps);
        return;
      case 'Index':
        this.expr(e.collection);
        this.expr(e.key);
        return;
      case 'Splat':
        this.expr(e.source);
        this.expr(e.each);
        return;
      case 'AnonSymbol':
      case 'Invalid':
        return;
      case 'FunctionCall':
        this.add(e.nameRange.start, e.nameRange.end, 'function');
        for (const a of e.args) this.expr(a);
        return;
      case 'Tuple':
        for (const item of e.items) this.expr(item);
        return;
      case 'Object':
        for (const item of e.items) {
          const k = item.key.wrapped;
          // A bare word key is a name (`Effect = ...`); a quoted or parenthesised key is an expression.
          if (!item.key.forceNonLiteral && k.type === 'ScopeTraversal' && k.steps.length === 0) this.add(k.rootRange.start, k.rootRange.end, 'property');
          else this.expr(k);
          this.expr(item.value);
        }
        return;
      case 'ObjectKey':
        return this.expr(e.wrapped);
      case 'For': {
        const names = this.forHead(e.openRange.end);
        this.expr(e.collection);
        this.scoped(names, () => {
          if (e.keyExpr) this.expr(e.keyExpr);
          this.expr(e.valExpr);
          if (e.condition) this.expr(e.condition);
        });
        return;
      }
      case 'Conditional':
        this.expr(e.condition);
        this.expr(e.trueResult);
        this.expr(e.falseResult);
        return;
      case 'Unary':
        return this.expr(e.operand);
      case 'Binary':
        this.expr(e.lhs);
        this.expr(e.rhs);
        return;
      case 'Parentheses':
        return this.expr(e.expr);
    }
  }
}

/** The class of a token the tree did not classify, or null for punctuation and whitespace. */
function tokenClass(type: T, text: string): TokenType | null {
  switch (type) {
    case T.Comment:
      return 'comment';
    case T.OQuote:
    case T.CQuote:
    case T.QuotedLit:
    case T.StringLit:
    case T.OHeredoc:
    case T.CHeredoc:
      return 'string';
    case T.NumberLit:
      return 'number';
    case T.Ident:
      return KEYWORDS.has(text) ? 'keyword' : null;
    case T.Equal:
    case T.EqualOp:
    case T.NotEqual:
    case T.LessThan:
    case T.LessThanEq:
    case T.GreaterThan:
    case T.GreaterThanEq:
    case T.And:
    case T.Or:
    case T.Bang:
    case T.Plus:
    case T.Minus:
    case T.Star:
    case T.Slash:
    case T.Percent:
    case T.Question:
    case T.Colon:
    case T.FatArrow:
    case T.Ellipsis:
    case T.TemplateInterp:
    case T.TemplateControl:
    case T.TemplateSeqEnd:
      return 'operator';
    default:
      return null;
  }
}

/** Splits a piece at line ends (editors take one-line tokens) and drops the line breaks themselves. */
function splitLines(p: Piece, src: string, lines: LineIndex, out: SemanticToken[]): void {
  let start = p.start;
  while (start < p.end) {
    let end = start;
    while (end < p.end && src.charCodeAt(end) !== 10 && src.charCodeAt(end) !== 13) end++;
    if (end > start) {
      const pos = lines.lspPosition(start);
      out.push({ line: pos.line, character: pos.character, length: end - start, type: p.type, modifiers: p.modifiers });
    }
    start = end;
    while (start < p.end && (src.charCodeAt(start) === 10 || src.charCodeAt(start) === 13)) start++;
  }
}

/**
 * Semantic tokens of a Terraform native-syntax file, in source order, one line each. `file` is the parse
 * of `text` when the caller has it (the analysis service's cache); a half-typed file is parsed with
 * recovery, so highlighting holds while typing.
 */
export function terraformSemanticTokens(text: string, file: HclFile = parseHcl(text)): SemanticToken[] {
  const walker = new TreeWalker(text);
  walker.body(file.body, true);
  const tree = walker.pieces.sort((a, b) => a.start - b.start);
  const tokens = lexHclStream(text);
  const pieces: Piece[] = [];
  let k = 0;
  let covered = -1;
  for (let i = 0; i < tokens.count; i++) {
    const start = tokens.starts[i]!;
    const end = tokens.ends[i]!;
    // Tree spans that begin before this token come first.
    while (k < tree.length && tree[k]!.start <= start) {
      const t = tree[k++]!;
      if (t.start >= covered) {
        pieces.push(t);
        covered = t.end;
      }
    }
    if (start < covered) continue;
    const type = tokenClass(tokens.types[i]! as T, text.slice(start, end));
    if (!type) continue;
    let s = start;
    // A closing heredoc marker's token holds its indentation: highlight the marker only.
    if (tokens.types[i] === T.CHeredoc) while (s < end && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
    pieces.push({ start: s, end, type, modifiers: NONE });
  }
  for (; k < tree.length; k++) if (tree[k]!.start >= covered) pieces.push(tree[k]!);
  // A quoted string is one token, quotes included, not three.
  const merged: Piece[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.type === 'string' && p.type === 'string' && last.end === p.start && p.modifiers === last.modifiers) merged[merged.length - 1] = { ...last, end: p.end };
    else merged.push(p);
  }
  const lines = new LineIndex(text);
  const out: SemanticToken[] = [];
  for (const p of merged) splitLines(p, text, lines, out);
  return out;
}

/** LSP's relative encoding: five integers per token (line delta, start delta, length, type, modifier bits). */
export function encodeSemanticTokens(tokens: readonly SemanticToken[]): number[] {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const t of tokens) {
    const dl = t.line - line;
    data.push(dl, dl === 0 ? t.character - character : t.character, t.length, TOKEN_TYPES.indexOf(t.type), t.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0));
    line = t.line;
    character = t.character;
  }
  return data;
}
