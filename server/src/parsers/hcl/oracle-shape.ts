// SPDX-License-Identifier: Apache-2.0
// Renders our syntax tree in exactly the JSON shape printed by `hcl-oracle` (../shared/tools/hcl-oracle,
// a thin wrapper around HashiCorp's hclsyntax), so that the two parsers can be diffed field by field and
// `iac-compliance parse FILE --format json` can be compared with the oracle using jq.
//
// Shape notes, all checked against real oracle output:
// - Key order is the Go struct field order; JSON.stringify keeps insertion order, so objects are built
//   in that order.
// - Go's encoding/json prints nil slices as `null`: Labels of an unlabelled block, Attributes / Blocks
//   of a body that has none, and Diags when there are no diagnostics.
// - The root body has Type "" and zero TypeRange / OpenBrace / CloseBrace ({Line:0,Column:0,Byte:0}).
// - hclsyntax keeps attributes in a Go map, and the oracle ranges over it, so the oracle's attribute
//   order is random from run to run. We print them sorted by name (byte order, as Go compares strings)
//   so our output is deterministic; compare with the oracle after sorting its Attributes by Name.
// - hclsyntax keeps the first of two same-named attributes (and reports "Attribute redefined"), so only
//   the first one is rendered here too.

import type { Attribute, Block, Body, Expression, HclFile, ParseDiagnostic, Span } from './ast';
import { LineIndex } from '../../core/positions';

export interface OraclePos {
  Line: number;
  Column: number;
  Byte: number;
}

export interface OracleRange {
  Start: OraclePos;
  End: OraclePos;
}

export interface OracleAttribute {
  Name: string;
  Range: OracleRange;
  NameRange: OracleRange;
  ExprRange: OracleRange;
  ExprType: string;
}

/** A block, or the file's root body (Type "", zero ranges, Labels null). */
export interface OracleBlock {
  Type: string;
  Labels: string[] | null;
  Range: OracleRange;
  TypeRange: OracleRange;
  OpenBrace: OracleRange;
  CloseBrace: OracleRange;
  Attributes: OracleAttribute[] | null;
  Blocks: OracleBlock[] | null;
}

export interface OracleDiagnostic {
  Severity: string;
  Summary: string;
  Detail: string;
  Subject: OracleRange | null;
  Text: string;
}

export interface OracleOutput {
  ParseMs: number;
  Body: OracleBlock;
  Diags: OracleDiagnostic[] | null;
}

export interface OracleShapeOptions {
  /** Used in each diagnostic's Text, as the oracle uses the path it was given. Default "". */
  filename?: string;
  /** Reported as ParseMs (toOracleShape does not parse, so it cannot time anything). Default 0. */
  parseMs?: number;
}

/** The Go type name (`%T`) hclsyntax uses for the expression our node stands for. */
const EXPR_TYPES: Readonly<Record<Expression['type'], string>> = {
  Literal: '*hclsyntax.LiteralValueExpr',
  Template: '*hclsyntax.TemplateExpr',
  TemplateWrap: '*hclsyntax.TemplateWrapExpr',
  // hclsyntax has no directive nodes: `%{if}` becomes a ConditionalExpr and `%{for}` a TemplateJoinExpr
  // around a ForExpr (parser_template.go). Neither can be an attribute's own expression anyway.
  TemplateIf: '*hclsyntax.ConditionalExpr',
  TemplateFor: '*hclsyntax.TemplateJoinExpr',
  ScopeTraversal: '*hclsyntax.ScopeTraversalExpr',
  RelativeTraversal: '*hclsyntax.RelativeTraversalExpr',
  Index: '*hclsyntax.IndexExpr',
  Splat: '*hclsyntax.SplatExpr',
  AnonSymbol: '*hclsyntax.AnonSymbolExpr',
  FunctionCall: '*hclsyntax.FunctionCallExpr',
  Tuple: '*hclsyntax.TupleConsExpr',
  Object: '*hclsyntax.ObjectConsExpr',
  ObjectKey: '*hclsyntax.ObjectConsKeyExpr',
  For: '*hclsyntax.ForExpr',
  Conditional: '*hclsyntax.ConditionalExpr',
  Unary: '*hclsyntax.UnaryOpExpr',
  Binary: '*hclsyntax.BinaryOpExpr',
  Parentheses: '*hclsyntax.ParenthesesExpr',
  // hclsyntax stands in `&LiteralValueExpr{Val: cty.DynamicVal}` where an expression failed to parse.
  Invalid: '*hclsyntax.LiteralValueExpr',
};

export function exprTypeName(expr: Expression): string {
  return EXPR_TYPES[expr.type];
}

const ZERO_RANGE: OracleRange = { Start: { Line: 0, Column: 0, Byte: 0 }, End: { Line: 0, Column: 0, Byte: 0 } };

/** Renders a parsed file as hcl-oracle would print HashiCorp's parse of the same text. */
export function toOracleShape(file: HclFile, options: OracleShapeOptions = {}): OracleOutput {
  const lines = new LineIndex(file.source);
  const range = (span: Span): OracleRange => ({ Start: lines.hclPosition(span.start), End: lines.hclPosition(span.end) });
  const filename = options.filename ?? '';

  const attribute = (a: Attribute): OracleAttribute => ({
    Name: a.name,
    Range: range(a),
    NameRange: range(a.nameRange),
    ExprRange: range(a.expr),
    ExprType: exprTypeName(a.expr),
  });

  const bodyItems = (body: Body): Pick<OracleBlock, 'Attributes' | 'Blocks'> => {
    const attrs = firstOfEachName(body.attributes).sort((x, y) => compareGoStrings(x.name, y.name));
    return {
      Attributes: attrs.length > 0 ? attrs.map(attribute) : null,
      Blocks: body.blocks.length > 0 ? body.blocks.map(block) : null,
    };
  };

  const block = (b: Block): OracleBlock => ({
    Type: b.blockType,
    Labels: b.labels.length > 0 ? b.labels.map((l) => l.value) : null,
    // hclsyntax's Block.Range() spans from the type name to the closing brace.
    Range: range({ start: b.typeRange.start, end: b.closeBrace.end }),
    TypeRange: range(b.typeRange),
    OpenBrace: range(b.openBrace),
    CloseBrace: range(b.closeBrace),
    ...bodyItems(b.body),
  });

  const diagnostic = (d: ParseDiagnostic): OracleDiagnostic => {
    const subject = range(d.subject);
    return {
      Severity: d.severity,
      Summary: d.summary,
      Detail: d.detail,
      Subject: subject,
      Text: `${rangeText(filename, subject)}: ${d.summary}; ${d.detail}`,
    };
  };

  return {
    ParseMs: options.parseMs ?? 0,
    Body: {
      Type: '',
      Labels: null,
      Range: range(file.body),
      TypeRange: ZERO_RANGE,
      OpenBrace: ZERO_RANGE,
      CloseBrace: ZERO_RANGE,
      ...bodyItems(file.body),
    },
    Diags: file.diagnostics.length > 0 ? file.diagnostics.map(diagnostic) : null,
  };
}

/** hcl.Range.String(): `file:line,col-col` on one line, `file:line,col-line,col` across lines. */
export function rangeText(filename: string, r: OracleRange): string {
  const end = r.Start.Line === r.End.Line ? `${r.End.Column}` : `${r.End.Line},${r.End.Column}`;
  return `${filename}:${r.Start.Line},${r.Start.Column}-${end}`;
}

/** Go compares strings bytewise (UTF-8); comparing code points gives the same order. */
export function compareGoStrings(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function firstOfEachName(attrs: readonly Attribute[]): Attribute[] {
  const seen = new Set<string>();
  return attrs.filter((a) => !seen.has(a.name) && (seen.add(a.name), true));
}
