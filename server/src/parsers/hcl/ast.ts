// SPDX-License-Identifier: Apache-2.0
// The Terraform (HCL2 native syntax) syntax tree. Every node carries [start, end) offsets into the source
// string, counted in UTF-16 code units like JavaScript strings and LSP positions; `core/positions.ts` converts
// them to byte offsets (HashiCorp's unit) and to line/column. Node kinds mirror hclsyntax's expression
// types so that the tree can be compared with HashiCorp's parser one to one (see `oracle-shape.ts`).

import type { Span } from '../../core/span';

export type { Span };

/** A comment, kept so that suppressions and fixes can find the comment above an item. */
export interface Comment extends Span {
  /** `#` and `//` comments are `line`; `/* *\/` comments are `block`. */
  style: 'line' | 'block';
  /** The comment text including its markers, without the newline a line comment ends with. */
  text: string;
}

export type DiagnosticSeverity = 'error' | 'warning';

/** A syntax problem, worded in the spirit of hclsyntax's summaries. */
export interface ParseDiagnostic {
  severity: DiagnosticSeverity;
  summary: string;
  detail: string;
  /** Where the problem is. */
  subject: Span;
}

export interface Body extends Span {
  type: 'Body';
  attributes: Attribute[];
  blocks: Block[];
  /** Attributes and blocks in source order. */
  items: (Attribute | Block)[];
}

export interface Attribute extends Span {
  type: 'Attribute';
  name: string;
  nameRange: Span;
  equalsRange: Span;
  expr: Expression;
}

export interface BlockLabel extends Span {
  /** The label's value: the identifier, or the quoted string with escapes applied. */
  value: string;
  quoted: boolean;
}

export interface Block extends Span {
  type: 'Block';
  blockType: string;
  typeRange: Span;
  labels: BlockLabel[];
  /**
   * From the type to the end of the last label (`resource "aws_s3_bucket" "logs"`): where a finding on the
   * whole block is shown. The parser's own object, so that references to it (nodeRef) move with the tree
   * when an incremental parse moves the blocks after an edit.
   */
  header: Span;
  openBrace: Span;
  closeBrace: Span;
  body: Body;
}

/** A step of a traversal: `.name`, `[literal]` or the legacy `.0`. */
export type TraversalStep = AttrStep | IndexStep;

export interface AttrStep extends Span {
  type: 'AttrStep';
  name: string;
}

export interface IndexStep extends Span {
  type: 'IndexStep';
  /** A literal key: number for `[0]` / `.0`, string for `["k"]`. */
  key: number | string | boolean | null;
  /** The raw number text, kept so large numbers are not rounded when rendered. */
  raw?: string;
}

export type Expression =
  | LiteralExpr
  | TemplateExpr
  | TemplateWrapExpr
  | TemplateIfExpr
  | TemplateForExpr
  | ScopeTraversalExpr
  | RelativeTraversalExpr
  | IndexExpr
  | SplatExpr
  | AnonSymbolExpr
  | FunctionCallExpr
  | TupleExpr
  | ObjectExpr
  | ObjectKeyExpr
  | ForExpr
  | ConditionalExpr
  | UnaryExpr
  | BinaryExpr
  | ParenthesesExpr
  | InvalidExpr;

/** A number, bool, null, or a literal string part of a template. */
export interface LiteralExpr extends Span {
  type: 'Literal';
  value: string | number | boolean | null;
  /** For numbers: the source text (HCL numbers are arbitrary precision). */
  raw?: string;
}

/** A quoted string or heredoc. Parts are literal strings, interpolated expressions and directives. */
export interface TemplateExpr extends Span {
  type: 'Template';
  parts: Expression[];
  heredoc?: { marker: string; flush: boolean };
}

/** A template that is exactly one interpolation (`"${x}"`): its value is the wrapped value, any type. */
export interface TemplateWrapExpr extends Span {
  type: 'TemplateWrap';
  wrapped: Expression;
}

/** `%{ if cond }...%{ else }...%{ endif }` inside a template. */
export interface TemplateIfExpr extends Span {
  type: 'TemplateIf';
  condition: Expression;
  trueResult: TemplateExpr;
  falseResult: TemplateExpr | null;
}

/** `%{ for k, v in coll }...%{ endfor }` inside a template. */
export interface TemplateForExpr extends Span {
  type: 'TemplateFor';
  keyVar: string | null;
  valVar: string;
  collection: Expression;
  body: TemplateExpr;
}

/** `name.attr[0].other`: a variable with literal steps only. */
export interface ScopeTraversalExpr extends Span {
  type: 'ScopeTraversal';
  root: string;
  rootRange: Span;
  steps: TraversalStep[];
}

/** Literal steps applied to a computed value: `f(x).attr`, `(x)[0]`. */
export interface RelativeTraversalExpr extends Span {
  type: 'RelativeTraversal';
  source: Expression;
  steps: TraversalStep[];
}

/** `collection[key]` with a non-literal key. */
export interface IndexExpr extends Span {
  type: 'Index';
  collection: Expression;
  key: Expression;
  openBracket: Span;
}

/** `source.*.attr` (attribute splat) or `source[*].attr` (full splat). */
export interface SplatExpr extends Span {
  type: 'Splat';
  full: boolean;
  source: Expression;
  /** What is applied to each element, written against `item`; the bare item when nothing follows. */
  each: Expression;
  item: AnonSymbolExpr;
  markerRange: Span;
}

/** The element placeholder inside a splat. */
export interface AnonSymbolExpr extends Span {
  type: 'AnonSymbol';
}

export interface FunctionCallExpr extends Span {
  type: 'FunctionCall';
  name: string;
  nameRange: Span;
  args: Expression[];
  /** True when the last argument is followed by `...`. */
  expandFinal: boolean;
  openParen: Span;
  closeParen: Span;
}

export interface TupleExpr extends Span {
  type: 'Tuple';
  items: Expression[];
}

export interface ObjectItem {
  key: ObjectKeyExpr;
  value: Expression;
}

export interface ObjectExpr extends Span {
  type: 'Object';
  items: ObjectItem[];
}

/** An object key: a bare identifier counts as a string unless wrapped in parentheses. */
export interface ObjectKeyExpr extends Span {
  type: 'ObjectKey';
  wrapped: Expression;
  forceNonLiteral: boolean;
}

export interface ForExpr extends Span {
  type: 'For';
  /** True for `{ for ... }` (object result), false for `[ for ... ]`. */
  object: boolean;
  keyVar: string | null;
  valVar: string;
  collection: Expression;
  keyExpr: Expression | null;
  valExpr: Expression;
  condition: Expression | null;
  group: boolean;
  openRange: Span;
  closeRange: Span;
}

export interface ConditionalExpr extends Span {
  type: 'Conditional';
  condition: Expression;
  trueResult: Expression;
  falseResult: Expression;
}

export type UnaryOperator = '-' | '!';
export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface UnaryExpr extends Span {
  type: 'Unary';
  op: UnaryOperator;
  operand: Expression;
}

export interface BinaryExpr extends Span {
  type: 'Binary';
  op: BinaryOperator;
  lhs: Expression;
  rhs: Expression;
}

export interface ParenthesesExpr extends Span {
  type: 'Parentheses';
  expr: Expression;
}

/** What the parser leaves where an expression could not be parsed; a diagnostic says why. */
export interface InvalidExpr extends Span {
  type: 'Invalid';
}

/** The result of parsing one file: always a tree, possibly partial, plus the diagnostics. */
export interface HclFile {
  source: string;
  body: Body;
  comments: Comment[];
  diagnostics: ParseDiagnostic[];
}
