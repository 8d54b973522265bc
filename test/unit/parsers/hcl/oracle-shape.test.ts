// SPDX-License-Identifier: Apache-2.0
// toOracleShape must print exactly what hcl-oracle prints. Expected values below were taken from real
// hcl-oracle output on the same texts (HCL 2.14.1), not derived from our own code.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHcl } from '../../../../server/src/parsers/hcl';
import type { Attribute, Block, Body, Expression, HclFile } from '../../../../server/src/parsers/hcl/ast';
import { rangeText, toOracleShape } from '../../../../server/src/parsers/hcl/oracle-shape';
import type { OracleRange } from '../../../../server/src/parsers/hcl/oracle-shape';

/** A range from [line, column, byte] triples, to keep expectations readable. */
function r(start: [number, number, number], end: [number, number, number]): OracleRange {
  return { Start: { Line: start[0], Column: start[1], Byte: start[2] }, End: { Line: end[0], Column: end[1], Byte: end[2] } };
}
const ZERO = r([0, 0, 0], [0, 0, 0]);

describe('toOracleShape on hand-built trees (independent of the parser)', () => {
  // b = "éé"\na = 1\n\nresource "x" "y" {\n  inner {}\n}\n   (é is 2 UTF-8 bytes, 1 UTF-16 unit, 1 column)
  const source = 'b = "éé"\na = 1\n\nresource "x" "y" {\n  inner {}\n}\n';
  const span = (start: number, end: number): { start: number; end: number } => ({ start, end });
  const lit = (start: number, end: number, value: string | number): Expression => ({ type: 'Literal', value, ...span(start, end) });
  const attr = (name: string, start: number, expr: Expression): Attribute => ({
    type: 'Attribute',
    name,
    nameRange: span(start, start + name.length),
    equalsRange: span(start + name.length + 1, start + name.length + 2),
    expr,
    ...span(start, expr.end),
  });
  const body = (start: number, end: number, attributes: Attribute[], blocks: Block[]): Body => ({
    type: 'Body',
    attributes,
    blocks,
    items: [...attributes, ...blocks].sort((x, y) => x.start - y.start),
    ...span(start, end),
  });
  const inner: Block = {
    type: 'Block',
    blockType: 'inner',
    typeRange: span(37, 42),
    labels: [],
    header: span(37, 42),
    openBrace: span(43, 44),
    closeBrace: span(44, 45),
    body: body(44, 44, [], []),
    ...span(37, 45),
  };
  const resource: Block = {
    type: 'Block',
    blockType: 'resource',
    typeRange: span(16, 24),
    labels: [
      { value: 'x', quoted: true, ...span(25, 28) },
      { value: 'y', quoted: true, ...span(29, 32) },
    ],
    header: span(16, 32),
    openBrace: span(33, 34),
    closeBrace: span(46, 47),
    body: body(34, 46, [], [inner]),
    ...span(16, 47),
  };
  const b = attr('b', 0, { type: 'Template', parts: [lit(5, 7, 'éé')], ...span(4, 8) });
  const a = attr('a', 9, lit(13, 14, 1));
  const duplicate = attr('a', 0, lit(4, 5, 2)); // a second `a`: hclsyntax keeps the first one only
  const file: HclFile = {
    source,
    body: body(0, source.length, [b, a, duplicate], [resource]),
    comments: [],
    diagnostics: [{ severity: 'error', summary: 'Attribute redefined', detail: 'Each argument may be set only once.', subject: span(9, 10) }],
  };
  const shape = toOracleShape(file, { filename: 'u.tf', parseMs: 1.5 });

  test('key order is the Go struct order', () => {
    assert.deepEqual(Object.keys(shape), ['ParseMs', 'Body', 'Diags']);
    assert.deepEqual(Object.keys(shape.Body), ['Type', 'Labels', 'Range', 'TypeRange', 'OpenBrace', 'CloseBrace', 'Attributes', 'Blocks']);
    assert.deepEqual(Object.keys(shape.Body.Attributes![0]!), ['Name', 'Range', 'NameRange', 'ExprRange', 'ExprType']);
    assert.deepEqual(Object.keys(shape.Diags![0]!), ['Severity', 'Summary', 'Detail', 'Subject', 'Text']);
    assert.equal(shape.ParseMs, 1.5);
  });

  test('root body: empty type, null labels, zero ranges, range over the whole file', () => {
    assert.equal(shape.Body.Type, '');
    assert.equal(shape.Body.Labels, null);
    assert.deepEqual(shape.Body.Range, r([1, 1, 0], [7, 1, 50]));
    assert.deepEqual([shape.Body.TypeRange, shape.Body.OpenBrace, shape.Body.CloseBrace], [ZERO, ZERO, ZERO]);
  });

  test('attributes sorted by name, first of a duplicated name kept; columns in characters, bytes in UTF-8', () => {
    assert.deepEqual(shape.Body.Attributes, [
      { Name: 'a', Range: r([2, 1, 11], [2, 6, 16]), NameRange: r([2, 1, 11], [2, 2, 12]), ExprRange: r([2, 5, 15], [2, 6, 16]), ExprType: '*hclsyntax.LiteralValueExpr' },
      { Name: 'b', Range: r([1, 1, 0], [1, 9, 10]), NameRange: r([1, 1, 0], [1, 2, 1]), ExprRange: r([1, 5, 4], [1, 9, 10]), ExprType: '*hclsyntax.TemplateExpr' },
    ]);
  });

  test('blocks: labels, brace ranges, Range from type to closing brace, null slices when empty', () => {
    const [res] = shape.Body.Blocks!;
    assert.equal(res!.Type, 'resource');
    assert.deepEqual(res!.Labels, ['x', 'y']);
    assert.deepEqual(res!.Range, r([4, 1, 18], [6, 2, 49]));
    assert.deepEqual(res!.TypeRange, r([4, 1, 18], [4, 9, 26]));
    assert.deepEqual(res!.OpenBrace, r([4, 18, 35], [4, 19, 36]));
    assert.deepEqual(res!.CloseBrace, r([6, 1, 48], [6, 2, 49]));
    assert.equal(res!.Attributes, null);
    assert.deepEqual(res!.Blocks, [
      {
        Type: 'inner',
        Labels: null,
        Range: r([5, 3, 39], [5, 11, 47]),
        TypeRange: r([5, 3, 39], [5, 8, 44]),
        OpenBrace: r([5, 9, 45], [5, 10, 46]),
        CloseBrace: r([5, 10, 46], [5, 11, 47]),
        Attributes: null,
        Blocks: null,
      },
    ]);
  });

  test('diagnostics: subject range and Go-style Text', () => {
    assert.deepEqual(shape.Diags, [
      {
        Severity: 'error',
        Summary: 'Attribute redefined',
        Detail: 'Each argument may be set only once.',
        Subject: r([2, 1, 11], [2, 2, 12]),
        Text: 'u.tf:2,1-2: Attribute redefined; Each argument may be set only once.',
      },
    ]);
  });

  test('no diagnostics and an empty file print as null', () => {
    const empty = toOracleShape({ source: '', body: body(0, 0, [], []), comments: [], diagnostics: [] });
    assert.deepEqual(empty, {
      ParseMs: 0,
      Body: { Type: '', Labels: null, Range: r([1, 1, 0], [1, 1, 0]), TypeRange: ZERO, OpenBrace: ZERO, CloseBrace: ZERO, Attributes: null, Blocks: null },
      Diags: null,
    });
  });

  test('rangeText follows hcl.Range.String()', () => {
    assert.equal(rangeText('f.tf', r([2, 6, 20], [3, 1, 21])), 'f.tf:2,6-3,1');
    assert.equal(rangeText('f.tf', r([2, 1, 6], [2, 2, 7])), 'f.tf:2,1-2');
  });
});

describe('toOracleShape on parsed text', () => {
  test('expression types and ranges match hcl-oracle', () => {
    const source = [
      'lit = 1',
      'tpl = "a${b}"',
      'wrap = "${a}"',
      'scope = a.b[0]',
      'rel = f(1).x',
      'index = a[b]',
      'splat = a[*].b',
      'attrsplat = a.*.b',
      'call = f(1, 2)',
      'tuple = [1, 2]',
      'object = { a = 1 }',
      'forx = [for x in y : x]',
      'cond = a ? b : c',
      'unary = -a',
      'binary = 1 + 2',
      'paren = (1)',
      'heredoc = <<EOT',
      'hi',
      'EOT',
      'relidx = f(1)[0]',
      '',
    ].join('\n');
    // [name, ExprType, ExprRange start byte, end byte] from `hcl-oracle types.tf`, sorted by name.
    const expected = [
      ['attrsplat', 'SplatExpr', 104, 109],
      ['binary', 'BinaryOpExpr', 220, 225],
      ['call', 'FunctionCallExpr', 117, 124],
      ['cond', 'ConditionalExpr', 190, 199],
      ['forx', 'ForExpr', 166, 182],
      ['heredoc', 'TemplateExpr', 248, 260],
      ['index', 'IndexExpr', 72, 76],
      ['lit', 'LiteralValueExpr', 6, 7],
      ['object', 'ObjectConsExpr', 149, 158],
      ['paren', 'ParenthesesExpr', 234, 237],
      ['rel', 'RelativeTraversalExpr', 57, 63],
      ['relidx', 'RelativeTraversalExpr', 270, 277],
      ['scope', 'ScopeTraversalExpr', 44, 50],
      ['splat', 'SplatExpr', 85, 91],
      ['tpl', 'TemplateExpr', 14, 21],
      ['tuple', 'TupleConsExpr', 133, 139],
      ['unary', 'UnaryOpExpr', 208, 210],
      ['wrap', 'TemplateWrapExpr', 29, 35],
    ];
    const shape = toOracleShape(parseHcl(source));
    assert.equal(shape.Diags, null);
    assert.deepEqual(
      shape.Body.Attributes!.map((a) => [a.Name, a.ExprType.replace('*hclsyntax.', ''), a.ExprRange.Start.Byte, a.ExprRange.End.Byte]),
      expected,
    );
  });

  test('a broken attribute: Invalid expression renders as LiteralValueExpr, with the oracle diagnostics', () => {
    // `hcl-oracle` on "a = 1\na = 2\nb = \n".
    const shape = toOracleShape(parseHcl('a = 1\na = 2\nb = \n'), { filename: 'd.tf' });
    assert.deepEqual(
      shape.Body.Attributes!.map((a) => [a.Name, a.Range, a.ExprRange, a.ExprType]),
      [
        ['a', r([1, 1, 0], [1, 6, 5]), r([1, 5, 4], [1, 6, 5]), '*hclsyntax.LiteralValueExpr'],
        ['b', r([3, 1, 12], [3, 4, 15]), r([3, 5, 16], [4, 1, 17]), '*hclsyntax.LiteralValueExpr'],
      ],
    );
    assert.deepEqual(
      shape.Diags!.map((d) => [d.Summary, d.Subject]),
      [
        ['Attribute redefined', r([2, 1, 6], [2, 2, 7])],
        ['Invalid expression', r([3, 5, 16], [4, 1, 17])],
      ],
    );
  });
});
