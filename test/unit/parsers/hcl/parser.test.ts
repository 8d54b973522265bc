// SPDX-License-Identifier: Apache-2.0
// Inline-string tests of the HCL parser: structure, every expression form, templates, comments, ranges.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHcl } from '../../../../server/src/parsers/hcl';
import type { Attribute, Block, Expression, HclFile } from '../../../../server/src/parsers/hcl';

function attr(file: HclFile, name: string): Attribute {
  const a = file.body.attributes.find((x) => x.name === name);
  assert.ok(a, `attribute ${name} missing`);
  return a;
}

function expr(text: string): Expression {
  const f = parseHcl(`x = ${text}\n`);
  assert.deepEqual(f.diagnostics, [], `diagnostics for ${text}`);
  return attr(f, 'x').expr;
}

function slice(src: string, n: { start: number; end: number }): string {
  return src.slice(n.start, n.end);
}

void describe('hcl parser: structure', () => {
  void it('parses blocks with labels, attributes and nested blocks with exact ranges', () => {
    const src = 'resource "aws_s3_bucket" "logs" {\n  bucket = "my-logs"\n  versioning {\n    enabled = true\n  }\n}\n';
    const f = parseHcl(src);
    assert.deepEqual(f.diagnostics, []);
    assert.equal(f.body.blocks.length, 1);
    const b = f.body.blocks[0]!;
    assert.equal(b.blockType, 'resource');
    assert.deepEqual(
      b.labels.map((l) => [l.value, l.quoted, slice(src, l)]),
      [
        ['aws_s3_bucket', true, '"aws_s3_bucket"'],
        ['logs', true, '"logs"'],
      ],
    );
    assert.equal(slice(src, b), src.slice(0, src.length - 1));
    assert.equal(slice(src, b.typeRange), 'resource');
    assert.equal(slice(src, b.openBrace), '{');
    assert.equal(b.closeBrace.start, src.length - 2);
    const bucket = b.body.attributes[0]!;
    assert.equal(bucket.name, 'bucket');
    assert.equal(slice(src, bucket), 'bucket = "my-logs"');
    assert.equal(slice(src, bucket.nameRange), 'bucket');
    assert.equal(slice(src, bucket.expr), '"my-logs"');
    const v = b.body.blocks[0]!;
    assert.equal(v.blockType, 'versioning');
    assert.equal(v.labels.length, 0);
    assert.equal(v.body.attributes[0]!.name, 'enabled');
  });

  void it('parses unquoted labels and one-line blocks', () => {
    const src = 'locals { a = 1 }\nblock lbl { x = "y" }\nempty {}\n';
    const f = parseHcl(src);
    assert.deepEqual(f.diagnostics, []);
    assert.deepEqual(
      f.body.blocks.map((b) => [b.blockType, b.labels.map((l) => l.value), b.body.attributes.map((a) => a.name)]),
      [
        ['locals', [], ['a']],
        ['block', ['lbl'], ['x']],
        ['empty', [], []],
      ],
    );
  });

  void it('keeps items in source order', () => {
    const f = parseHcl('a = 1\nb {}\nc = 2\n');
    assert.deepEqual(
      f.body.items.map((i) => (i.type === 'Attribute' ? i.name : (i as Block).blockType)),
      ['a', 'b', 'c'],
    );
  });

  void it('keeps comments of all three styles with their ranges', () => {
    const src = '# hash\n// slashes\n/* block\n comment */\na = 1 # trailing\n';
    const f = parseHcl(src);
    assert.deepEqual(f.diagnostics, []);
    assert.deepEqual(
      f.comments.map((c) => [c.style, c.text]),
      [
        ['line', '# hash'],
        ['line', '// slashes'],
        ['block', '/* block\n comment */'],
        ['line', '# trailing'],
      ],
    );
    assert.equal(slice(src, attr(f, 'a')), 'a = 1');
  });

  void it('handles CRLF line endings and a byte order mark', () => {
    const src = '\uFEFFa = 1\r\nb {\r\n  c = "d"\r\n}\r\n';
    const f = parseHcl(src);
    assert.deepEqual(f.diagnostics, []);
    assert.equal(slice(src, attr(f, 'a')), 'a = 1');
    assert.equal(f.body.blocks[0]!.body.attributes[0]!.name, 'c');
  });
});

void describe('hcl parser: expressions', () => {
  void it('literals', () => {
    assert.deepEqual(pick(expr('42')), { type: 'Literal', value: 42 });
    assert.deepEqual(pick(expr('1.5e3')), { type: 'Literal', value: 1500 });
    assert.deepEqual(pick(expr('true')), { type: 'Literal', value: true });
    assert.deepEqual(pick(expr('null')), { type: 'Literal', value: null });
  });

  void it('quoted strings with escapes', () => {
    const e = expr('"a\\"b\\n\\u00e9$${x}%%{y}"');
    assert.equal(e.type, 'Template');
    if (e.type !== 'Template') return;
    // Like hclsyntax, each literal token is its own part; together they make the value.
    assert.ok(e.parts.every((p) => p.type === 'Literal'));
    assert.equal(e.parts.map((p) => (p.type === 'Literal' ? p.value : '')).join(''), 'a"b\né${x}%{y}');
  });

  void it('templates with interpolation and strip markers', () => {
    const e = expr('"a ${b} c ${~ d ~} e"');
    assert.equal(e.type, 'Template');
    if (e.type !== 'Template') return;
    assert.deepEqual(
      e.parts.map((p) => (p.type === 'Literal' ? p.value : p.type)),
      ['a ', 'ScopeTraversal', ' c', 'ScopeTraversal', 'e'],
    );
  });

  void it('a template that is one interpolation is a wrap', () => {
    const src = 'x = "${var.a}"\n';
    const e = attr(parseHcl(src), 'x').expr;
    assert.equal(e.type, 'TemplateWrap');
    if (e.type !== 'TemplateWrap') return;
    assert.equal(slice(src, e), '"${var.a}"');
    assert.equal(slice(src, e.wrapped), 'var.a');
  });

  void it('template directives if/else/endif and for/endfor', () => {
    const e = expr('"%{ if a }yes%{ else }no%{ endif }:%{ for k, v in m }${k}=${v},%{ endfor }"');
    assert.equal(e.type, 'Template');
    if (e.type !== 'Template') return;
    assert.deepEqual(
      e.parts.map((p) => p.type),
      ['TemplateIf', 'Literal', 'TemplateFor'],
    );
    const ifp = e.parts[0]!;
    if (ifp.type !== 'TemplateIf') return;
    assert.deepEqual(pick(ifp.trueResult.parts[0]!), { type: 'Literal', value: 'yes' });
    assert.deepEqual(pick(ifp.falseResult!.parts[0]!), { type: 'Literal', value: 'no' });
    const forp = e.parts[2]!;
    if (forp.type !== 'TemplateFor') return;
    assert.equal(forp.keyVar, 'k');
    assert.equal(forp.valVar, 'v');
  });

  void it('heredocs, plain and indented', () => {
    const f = parseHcl('a = <<EOT\nhello\n  ${name}\nEOT\nb = <<-EOT\n    one\n      two\n    EOT\n');
    assert.deepEqual(f.diagnostics, []);
    const a = attr(f, 'a').expr;
    assert.equal(a.type, 'Template');
    if (a.type !== 'Template') return;
    assert.deepEqual(a.heredoc, { marker: 'EOT', flush: false });
    assert.deepEqual(
      a.parts.map((p) => (p.type === 'Literal' ? p.value : p.type)),
      ['hello\n', '  ', 'ScopeTraversal', '\n'],
    );
    const b = attr(f, 'b').expr;
    if (b.type !== 'Template') assert.fail('b is not a template');
    assert.deepEqual(
      b.parts.map((p) => (p.type === 'Literal' ? p.value : p.type)),
      ['one\n', '  two\n'],
    );
  });

  void it('tuples and objects with both separators and key kinds', () => {
    const t = expr('[1, "two", [3],]');
    assert.equal(t.type, 'Tuple');
    if (t.type === 'Tuple') assert.equal(t.items.length, 3);
    const src = 'x = {\n  a = 1\n  "b" : 2, (c) = 3\n  d = { e = 4 }\n}\n';
    const o = attr(parseHcl(src), 'x').expr;
    assert.equal(o.type, 'Object');
    if (o.type !== 'Object') return;
    assert.deepEqual(
      o.items.map((i) => [slice(src, i.key), i.key.forceNonLiteral, i.key.wrapped.type]),
      [
        ['a', false, 'ScopeTraversal'],
        ['"b"', false, 'Template'],
        ['(c)', true, 'Parentheses'],
        ['d', false, 'ScopeTraversal'],
      ],
    );
  });

  void it('function calls with expansion', () => {
    const src = 'x = concat(a, [b]...)\n';
    const e = attr(parseHcl(src), 'x').expr;
    assert.equal(e.type, 'FunctionCall');
    if (e.type !== 'FunctionCall') return;
    assert.equal(e.name, 'concat');
    assert.equal(e.args.length, 2);
    assert.equal(e.expandFinal, true);
    assert.equal(slice(src, e), 'concat(a, [b]...)');
    assert.equal(slice(src, e.closeParen), ')');
  });

  void it('traversals: attributes, literal indexes, legacy .0, computed index', () => {
    const e = expr('aws_s3_bucket.logs.tags["env"][0].x.0');
    assert.equal(e.type, 'ScopeTraversal');
    if (e.type !== 'ScopeTraversal') return;
    assert.equal(e.root, 'aws_s3_bucket');
    assert.deepEqual(
      e.steps.map((s) => (s.type === 'AttrStep' ? s.name : s.key)),
      ['logs', 'tags', 'env', 0, 'x', 0],
    );
    const i = expr('a[var.k]');
    assert.equal(i.type, 'Index');
    const r = expr('f(x).y');
    assert.equal(r.type, 'RelativeTraversal');
  });

  void it('attribute and full splats', () => {
    const a = expr('aws_instance.web.*.id');
    assert.equal(a.type, 'Splat');
    if (a.type === 'Splat') {
      assert.equal(a.full, false);
      assert.equal(a.each.type, 'RelativeTraversal');
    }
    const f = expr('var.list[*].name[0]');
    assert.equal(f.type, 'Splat');
    if (f.type === 'Splat') assert.equal(f.full, true);
  });

  void it('for expressions: tuple and object, with if and grouping', () => {
    const t = expr('[for s in var.list : upper(s) if s != ""]');
    assert.equal(t.type, 'For');
    if (t.type === 'For') {
      assert.equal(t.object, false);
      assert.equal(t.valVar, 's');
      assert.ok(t.condition);
    }
    const o = expr('{for k, v in var.map : v => k...}');
    assert.equal(o.type, 'For');
    if (o.type === 'For') {
      assert.equal(o.object, true);
      assert.equal(o.keyVar, 'k');
      assert.equal(o.group, true);
      assert.ok(o.keyExpr);
    }
  });

  void it('operators follow HCL precedence', () => {
    const e = expr('a || b && c == d + e * -f');
    assert.equal(shape(e), '(a || (b && (c == (d + (e * (-f))))))');
    assert.equal(shape(expr('-46 + 5')), '((-46) + 5)');
    assert.equal(shape(expr('1 - 2 - 3')), '((1 - 2) - 3)');
    assert.equal(shape(expr('!a ? b : c ? d : e')), '((!a) ? b : (c ? d : e))');
    assert.equal(shape(expr('(a + b) * c')), '(((a + b)) * c)');
  });

  void it('newlines are allowed inside brackets and parentheses', () => {
    const e = expr('merge(\n  var.a,\n  {\n    b = 1\n  },\n)');
    assert.equal(e.type, 'FunctionCall');
  });
});

void describe('hcl parser: diagnostics', () => {
  void it('reports a missing expression and keeps the following blocks', () => {
    const src = 'resource "a" "b" {\n  acl = \n}\nresource "c" "d" {\n  x = 1\n}\n';
    const f = parseHcl(src);
    assert.ok(f.diagnostics.length >= 1);
    assert.equal(f.body.blocks.length, 2);
    assert.equal(f.body.blocks[1]!.body.attributes[0]!.name, 'x');
  });

  void it('an unclosed block nests the rest of the file', () => {
    const f = parseHcl('a {\n  x = 1\nb {\n  y = 2\n}\n');
    assert.equal(f.body.blocks.length, 1);
    assert.equal(f.diagnostics[0]!.summary, 'Unclosed configuration block');
    assert.equal(f.body.blocks[0]!.body.blocks[0]!.blockType, 'b');
  });

  void it('missing newline after an argument', () => {
    const f = parseHcl('a = 1 b = 2\n');
    assert.equal(f.diagnostics[0]!.summary, 'Missing newline after argument');
    const c = parseHcl('a = 1, b = 2\n');
    assert.equal(c.diagnostics[0]!.summary, 'Unexpected comma after argument');
  });

  void it('unterminated strings and templates', () => {
    assert.equal(parseHcl('a = "abc').diagnostics[0]!.summary, 'Unterminated template string');
    // As in hclsyntax, the token problem (a quoted string running into a newline) comes first.
    assert.deepEqual(
      parseHcl('a = "${b"\n').diagnostics.map((d) => d.summary),
      ['Invalid multi-line string', 'Unclosed template interpolation sequence'],
    );
    assert.equal(parseHcl('a = "%{ if x }y"\n').diagnostics[0]!.summary, 'Unexpected end of template');
  });

  void it('token problems come first, worded as hclsyntax words them', () => {
    assert.deepEqual(
      parseHcl('a = 1 & 2\n').diagnostics.map((d) => [d.summary, d.subject.start, d.subject.end]),
      [
        ['Unsupported operator', 6, 7],
        ['Missing newline after argument', 6, 7],
      ],
    );
    assert.equal(parseHcl("a = 'x'\n").diagnostics[0]!.detail, 'Single quotes are not valid. Use double quotes (") to enclose strings.');
    assert.deepEqual(
      parseHcl('rv {= 1\n\n}\n').diagnostics.map((d) => d.summary),
      ['Invalid single-argument block definition', 'Argument or block definition required'],
    );
  });

  void it('invalid escapes and numbers', () => {
    assert.equal(parseHcl('a = "\\q"\n').diagnostics[0]!.summary, 'Invalid escape sequence');
    assert.equal(parseHcl('a = x.0.1\n').diagnostics[0]!.summary, 'Invalid legacy index syntax');
  });

  void it('never throws on arbitrary bytes', () => {
    const samples = ['{{{{', '}}}}', '"${"${"${', '<<EOT\n${', 'a = [for', '%{', '\u0000\uD800\uFFFF', '= = =', 'a.b.c {'];
    for (const s of samples) {
      const f = parseHcl(s);
      assert.ok(Array.isArray(f.diagnostics));
    }
  });
});

function pick(e: Expression): { type: string; value?: unknown } {
  return e.type === 'Literal' ? { type: e.type, value: e.value } : { type: e.type };
}

/** A parenthesised rendering that shows how operators grouped. */
function shape(e: Expression): string {
  switch (e.type) {
    case 'Binary':
      return `(${shape(e.lhs)} ${e.op} ${shape(e.rhs)})`;
    case 'Unary':
      return `(${e.op}${shape(e.operand)})`;
    case 'Conditional':
      return `(${shape(e.condition)} ? ${shape(e.trueResult)} : ${shape(e.falseResult)})`;
    case 'Parentheses':
      return `(${shape(e.expr)})`;
    case 'Literal':
      return String(e.value);
    case 'ScopeTraversal':
      return e.root;
    default:
      return e.type;
  }
}
