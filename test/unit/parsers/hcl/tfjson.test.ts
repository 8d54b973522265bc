// SPDX-License-Identifier: Apache-2.0
// Terraform JSON syntax (.tf.json) → the native syntax tree: structure, exact positions, recovery.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribute, Block, Body, Expression, HclFile, Span } from '../../../../server/src/parsers/hcl/ast';
import { readJson, stringValueOffsets } from '../../../../server/src/parsers/json/reader';
const parseJsonPositions = (text: string): ReturnType<typeof readJson> => readJson(text, 'strict');
import { parseTemplateAt } from '../../../../server/src/parsers/hcl';
import { parseTfJson } from '../../../../server/src/parsers/hcl/tfjson';

/** Span of the nth (0-based) occurrence of `needle` in `src`. */
function at(src: string, needle: string, nth = 0): Span {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = src.indexOf(needle, i + 1);
    assert.ok(i >= 0, `"${needle}" #${nth} not in source`);
  }
  return { start: i, end: i + needle.length };
}

function span(s: Span): Span {
  return { start: s.start, end: s.end };
}

function attr(body: Body, name: string): Attribute {
  const a = body.attributes.find((x) => x.name === name);
  assert.ok(a, `no attribute ${name}`);
  return a;
}

function blocksOf(body: Body, type: string): Block[] {
  return body.blocks.filter((b) => b.blockType === type);
}

function text(file: HclFile, s: Span): string {
  return file.source.slice(s.start, s.end);
}

function noDiagnostics(file: HclFile): void {
  assert.deepEqual(file.diagnostics, []);
}

test('resource: two labels, exact block, label, brace and attribute positions', () => {
  const src = '{\n  "resource": {\n    "aws_s3_bucket": {\n      "logs": {\n        "bucket": "my-logs",\n        "force_destroy": true\n      }\n    }\n  }\n}\n';
  const file = parseTfJson(src);
  noDiagnostics(file);
  assert.deepEqual(span(file.body), at(src, src.trim()));
  const [block] = file.body.blocks;
  assert.ok(block);
  assert.equal(block.blockType, 'resource');
  assert.deepEqual(span(block.typeRange), at(src, '"resource"'));
  assert.deepEqual(
    block.labels.map((l) => [l.value, l.quoted, span(l)]),
    [
      ['aws_s3_bucket', true, at(src, '"aws_s3_bucket"')],
      ['logs', true, at(src, '"logs"')],
    ],
  );
  const bodyStart = at(src, '{\n        "bucket"').start;
  const bodyEnd = at(src, '}\n    }').start + 1;
  assert.deepEqual(span(block), { start: bodyStart, end: bodyEnd });
  assert.deepEqual(span(block.body), { start: bodyStart, end: bodyEnd });
  assert.deepEqual(block.openBrace, { start: bodyStart, end: bodyStart + 1 });
  assert.deepEqual(block.closeBrace, { start: bodyEnd - 1, end: bodyEnd });

  const bucket = attr(block.body, 'bucket');
  assert.deepEqual(span(bucket.nameRange), at(src, '"bucket"'));
  assert.deepEqual(span(bucket.equalsRange), at(src, ':', 3));
  assert.deepEqual(span(bucket), at(src, '"bucket": "my-logs"'));
  assert.equal(bucket.expr.type, 'Template');
  assert.deepEqual(span(bucket.expr), at(src, 'my-logs'));
  const force = attr(block.body, 'force_destroy');
  assert.deepEqual(force.expr, { type: 'Literal', value: true, ...at(src, 'true') });
  assert.deepEqual(block.body.items.map((i) => i.type), ['Attribute', 'Attribute']);
});

test('label counts per block type: module/variable/output/provider one, locals/terraform none', () => {
  const src = JSON.stringify({
    module: { vpc: { source: './vpc' } },
    variable: { region: { type: 'string', default: 'eu-west-1' } },
    output: { id: { value: '${module.vpc.id}' } },
    provider: { aws: { region: '${var.region}' } },
    locals: { a: 1, b: { nested: true } },
    terraform: { required_version: '>= 1.5', backend: { s3: { bucket: 'state' } }, required_providers: { aws: { source: 'hashicorp/aws' } } },
    data: { aws_caller_identity: { current: {} } },
    check: { health: { assert: { condition: '${true}', error_message: 'x' } } },
    moved: { from: 'a.b', to: 'a.c' },
  });
  const file = parseTfJson(src);
  noDiagnostics(file);
  const summary = file.body.blocks.map((b) => [b.blockType, ...b.labels.map((l) => l.value)].join(' '));
  assert.deepEqual(summary, [
    'module vpc',
    'variable region',
    'output id',
    'provider aws',
    'locals',
    'terraform',
    'data aws_caller_identity current',
    'check health',
    'moved',
  ]);
  const locals = blocksOf(file.body, 'locals')[0]!;
  assert.deepEqual(locals.body.attributes.map((a) => [a.name, a.expr.type]), [
    ['a', 'Literal'],
    ['b', 'Object'],
  ]);
  const terraform = blocksOf(file.body, 'terraform')[0]!;
  assert.deepEqual(terraform.body.attributes.map((a) => a.name), ['required_version']);
  assert.deepEqual(
    terraform.body.blocks.map((b) => [b.blockType, ...b.labels.map((l) => l.value)].join(' ')),
    ['backend s3', 'required_providers'],
  );
  const rp = blocksOf(terraform.body, 'required_providers')[0]!;
  assert.equal(attr(rp.body, 'aws').expr.type, 'Object');
  const check = blocksOf(file.body, 'check')[0]!;
  assert.deepEqual(check.body.blocks.map((b) => b.blockType), ['assert']);
});

test('nested blocks Terraform defines are blocks; other object values are attributes', () => {
  const src = JSON.stringify({
    resource: {
      aws_instance: {
        web: {
          ami: 'ami-1',
          tags: { Name: 'web' },
          ebs_block_device: [{ device_name: '/dev/sdb' }],
          lifecycle: { prevent_destroy: true, precondition: [{ condition: '${x}', error_message: 'm' }] },
          provisioner: [{ 'local-exec': { command: 'echo 1' } }, { file: { source: 'a', destination: 'b', connection: { host: 'h' } } }],
          dynamic: { setting: { for_each: '${var.s}', content: { name: '${setting.key}', dynamic: { inner: { content: {} } } } } },
        },
      },
    },
  });
  const file = parseTfJson(src);
  noDiagnostics(file);
  const web = file.body.blocks[0]!.body;
  assert.deepEqual(web.attributes.map((a) => [a.name, a.expr.type]), [
    ['ami', 'Template'],
    ['tags', 'Object'],
    ['ebs_block_device', 'Tuple'],
  ]);
  assert.deepEqual(
    web.blocks.map((b) => [b.blockType, ...b.labels.map((l) => l.value)].join(' ')),
    ['lifecycle', 'provisioner local-exec', 'provisioner file', 'dynamic setting'],
  );
  assert.deepEqual(blocksOf(web, 'lifecycle')[0]!.body.blocks.map((b) => b.blockType), ['precondition']);
  assert.deepEqual(blocksOf(web, 'provisioner')[1]!.body.blocks.map((b) => b.blockType), ['connection']);
  const content = blocksOf(blocksOf(web, 'dynamic')[0]!.body, 'content')[0]!;
  assert.deepEqual(content.body.attributes.map((a) => a.name), ['name']);
  assert.deepEqual(content.body.blocks.map((b) => `${b.blockType} ${b.labels[0]?.value}`), ['dynamic inner']);
});

test('arrays of objects: repeated blocks at the body level and at label levels', () => {
  const src = '{"resource": {"aws_s3_bucket": {"a": [{"acl": "private"}, {"acl": "public"}]}}, "locals": [{"x": 1}, {"y": 2}],\n' +
    ' "output": [{"o1": {"value": 1}}, {"o2": {"value": 2}}], "variable": {"v": null}}';
  const file = parseTfJson(src);
  noDiagnostics(file);
  const summary = file.body.blocks.map((b) => [b.blockType, ...b.labels.map((l) => l.value)].join(' '));
  assert.deepEqual(summary, ['resource aws_s3_bucket a', 'resource aws_s3_bucket a', 'locals', 'locals', 'output o1', 'output o2']);
  const [first, second] = file.body.blocks;
  assert.deepEqual(span(first!), at(src, '{"acl": "private"}'));
  assert.deepEqual(span(second!), at(src, '{"acl": "public"}'));
  // Both blocks share the type key and the label keys.
  assert.deepEqual(span(second!.typeRange), at(src, '"resource"'));
  assert.deepEqual(span(second!.labels[1]!), at(src, '"a"'));
  assert.deepEqual(span(file.body.blocks[5]!.labels[0]!), at(src, '"o2"'));
});

test('strings are templates: wraps, interpolations, directives, $${ escapes, positions in place', () => {
  const src = '{"locals": {"w": "${var.x}", "t": "a-${b.c}-d", "i": "%{if x}y%{endif}", "e": "$${lit}", "n": ""}}';
  const file = parseTfJson(src);
  noDiagnostics(file);
  const locals = file.body.blocks[0]!.body;
  const w = attr(locals, 'w').expr;
  assert.equal(w.type, 'TemplateWrap');
  assert.deepEqual(span(w), at(src, '${var.x}'));
  assert.ok(w.type === 'TemplateWrap' && w.wrapped.type === 'ScopeTraversal');
  assert.equal(text(file, w.wrapped), 'var.x');

  const t = attr(locals, 't').expr;
  assert.ok(t.type === 'Template');
  assert.deepEqual(t.parts.map((p) => [p.type, text(file, p)]), [
    ['Literal', 'a-'],
    ['ScopeTraversal', 'b.c'],
    ['Literal', '-d'],
  ]);
  const i = attr(locals, 'i').expr;
  assert.ok(i.type === 'Template' && i.parts[0]?.type === 'TemplateIf');
  const e = attr(locals, 'e').expr;
  assert.ok(e.type === 'Template');
  assert.equal(e.parts.map((p) => (p.type === 'Literal' ? p.value : '?')).join(''), '${lit}');
  const n = attr(locals, 'n').expr;
  assert.ok(n.type === 'Template');
  assert.deepEqual(span(n), { start: at(src, '""').start + 1, end: at(src, '""').start + 1 });
});

test('strings with escapes: parsed from the unescaped value, offsets mapped back through the escapes', () => {
  const src = '{"output": {"o": {"value": "l1\\n\\"${a.b}\\"\\u00e9${c}", "k": {"x\\ty": "${d}"}}}}';
  const file = parseTfJson(src);
  noDiagnostics(file);
  const body = file.body.blocks[0]!.body;
  const v = attr(body, 'value').expr;
  assert.ok(v.type === 'Template');
  const content = at(src, 'l1\\n\\"${a.b}\\"\\u00e9${c}');
  assert.deepEqual(span(v), content);
  // (The template lexer ends a literal run at a newline, as hclsyntax does: "l1\n" and "\"" are two parts.)
  assert.deepEqual(v.parts.map((p) => [p.type, p.type === 'Literal' ? p.value : null, text(file, p)]), [
    ['Literal', 'l1\n', 'l1\\n'],
    ['Literal', '"', '\\"'],
    ['ScopeTraversal', null, 'a.b'],
    ['Literal', '"é', '\\"\\u00e9'],
    ['ScopeTraversal', null, 'c'],
  ]);
  const ab = v.parts[2]!;
  assert.ok(ab.type === 'ScopeTraversal');
  assert.deepEqual(ab.rootRange, { start: at(src, 'a.b').start, end: at(src, 'a.b').start + 1 });
  assert.deepEqual(ab.steps.map((s) => text(file, s)), ['.b']);
  // An escaped object key: the key template spans the key's content, the ObjectKey the whole token.
  const k = attr(body, 'k').expr;
  assert.ok(k.type === 'Object');
  const key = k.items[0]!.key;
  assert.deepEqual(span(key), at(src, '"x\\ty"'));
  assert.ok(key.wrapped.type === 'Template' && key.wrapped.parts[0]?.type === 'Literal');
  assert.equal(key.wrapped.parts[0].value, 'x\ty');
  assert.equal(text(file, key.wrapped), 'x\\ty');
});

test('variable arguments are literal; numbers keep their text; null, bools, arrays', () => {
  const src = '{"variable": {"v": {"default": "${not.a.template}", "type": "list(string)"}}, "locals": {"n": 1.50, "big": 12345678901234567890123, "neg": -2e3, "z": null, "l": [1, "a", false]}}';
  const file = parseTfJson(src);
  noDiagnostics(file);
  const v = file.body.blocks[0]!.body;
  assert.deepEqual(attr(v, 'default').expr, { type: 'Literal', value: '${not.a.template}', ...at(src, '${not.a.template}') });
  assert.deepEqual(attr(v, 'type').expr, { type: 'Literal', value: 'list(string)', ...at(src, 'list(string)') });
  const l = file.body.blocks[1]!.body;
  assert.deepEqual(attr(l, 'n').expr, { type: 'Literal', value: 1.5, raw: '1.50', ...at(src, '1.50') });
  const big = attr(l, 'big').expr;
  assert.ok(big.type === 'Literal');
  assert.equal(big.raw, '12345678901234567890123');
  assert.deepEqual(attr(l, 'neg').expr, { type: 'Literal', value: -2000, raw: '-2e3', ...at(src, '-2e3') });
  assert.deepEqual(attr(l, 'z').expr, { type: 'Literal', value: null, ...at(src, 'null') });
  const list = attr(l, 'l').expr;
  assert.ok(list.type === 'Tuple');
  assert.deepEqual(list.items.map((i: Expression) => i.type), ['Literal', 'Template', 'Literal']);
});

test('"//" comment properties are skipped in bodies and label levels, kept inside object values', () => {
  const src = JSON.stringify({
    '//': 'generated by a tool',
    resource: { '//': 'label-level comment', aws_vpc: { main: { '//': 'body comment', cidr_block: '10.0.0.0/16', tags: { '//': 'a real tag key' } } } },
  });
  const file = parseTfJson(src);
  noDiagnostics(file);
  assert.deepEqual(file.body.blocks.map((b) => b.labels.map((l) => l.value)), [['aws_vpc', 'main']]);
  const body = file.body.blocks[0]!.body;
  assert.deepEqual(body.attributes.map((a) => a.name), ['cidr_block', 'tags']);
  const tags = attr(body, 'tags').expr;
  assert.ok(tags.type === 'Object');
  assert.equal(tags.items.length, 1);
});

test('truncated input: complete resources are kept, the partial one too, with an "Invalid JSON" diagnostic', () => {
  const full = JSON.stringify(
    { resource: { aws_s3_bucket: { a: { bucket: 'a', acl: 'private' }, b: { bucket: 'b', acl: 'private' } } } },
    null,
    2,
  );
  const cut = full.slice(0, full.indexOf('"acl": "private"', full.indexOf('"b"')) + '"acl": "pri'.length);
  const file = parseTfJson(cut);
  assert.ok(file.diagnostics.length > 0);
  assert.ok(file.diagnostics.every((d) => d.severity === 'error'));
  assert.ok(file.diagnostics.some((d) => d.summary === 'Invalid JSON'));
  const [a, b] = file.body.blocks;
  assert.deepEqual(a?.labels.map((l) => l.value), ['aws_s3_bucket', 'a']);
  assert.deepEqual(a?.body.attributes.map((x) => x.name), ['bucket', 'acl']);
  assert.deepEqual(a?.closeBrace, { start: a!.end - 1, end: a!.end });
  assert.deepEqual(b?.labels.map((l) => l.value), ['aws_s3_bucket', 'b']);
  assert.deepEqual(b?.body.attributes.map((x) => x.name), ['bucket', 'acl']);
  // The unclosed body ends where the input does, with an empty closing brace there.
  assert.equal(b?.end, cut.length);
  assert.deepEqual(b?.closeBrace, { start: cut.length, end: cut.length });
});

test('JSON errors are diagnostics, never exceptions, and the rest of the tree survives', () => {
  const cases: [string, RegExp][] = [
    ['', /empty/],
    ['{"locals": {"a": 1,}}', /trailing comma/],
    ['{"locals": {"a": 1 "b": 2}}', /comma is expected/],
    ['{"locals": {"a" 1}}', /colon/],
    ['{"locals": {"a": tru}}', /must start with/],
    ['{"locals": {"a": 01}}', /Invalid number/],
    ['{"locals": {"a": "x\\q"}}', /Invalid escape/],
    ['{"locals": {"a": "unterminated\n}}', /Unterminated string/],
    ['{"locals": {a: 1}}', /quoted property name/],
    ['{"locals": {"a": 1}} x', /Extra characters/],
    ['{"locals": {"a": 1}} // c', /Comments are not allowed/],
    ['[1]', /root of a Terraform JSON file must be an object/],
  ];
  for (const [src, message] of cases) {
    const file = parseTfJson(src);
    assert.ok(
      file.diagnostics.some((d) => message.test(d.detail)),
      `${JSON.stringify(src)}: ${JSON.stringify(file.diagnostics)}`,
    );
    for (const d of file.diagnostics) assert.ok(d.subject.start >= 0 && d.subject.end <= src.length && d.subject.start <= d.subject.end);
  }
  const recovered = parseTfJson('{"locals": {"a": 1 "b": 2, "c": }}');
  assert.deepEqual(recovered.body.blocks[0]?.body.attributes.map((a) => [a.name, a.expr.type]), [
    ['a', 'Literal'],
    ['b', 'Literal'],
    ['c', 'Invalid'],
  ]);
  // A stray closer that closes nothing open is skipped, not taken as the end of the document.
  const stray = parseTfJson('{"locals": {"a": 1]}, "output": {"o": {"value": 2}}}');
  assert.ok(stray.diagnostics.length > 0);
  assert.deepEqual(stray.body.blocks.map((b) => b.blockType), ['locals', 'output']);
  const deep = parseTfJson('{"locals": {"a": ' + '['.repeat(5000) + ']'.repeat(5000) + '}}');
  assert.ok(deep.diagnostics.some((d) => /Nesting deeper/.test(d.detail)));
  assert.deepEqual(deep.body.blocks[0]?.body.attributes.map((a) => a.name), ['a']);
});

test('schema errors: wrong value types where blocks are expected, duplicate arguments', () => {
  const file = parseTfJson('{"resource": {"aws_vpc": ["x"]}, "locals": {"a": 1, "a": 2}, "output": {"o": [1]}}');
  const details = file.diagnostics.map((d) => `${d.summary}: ${d.detail}`);
  assert.equal(details.length, 3, details.join('\n'));
  assert.match(details[0]!, /^Incorrect JSON value type: .*labels/);
  assert.match(details[1]!, /^Duplicate argument/);
  assert.match(details[2]!, /^Incorrect JSON value type: .*contents of a "output" block/);
});

test('template syntax errors inside strings are reported at their place in the file', () => {
  const src = '{"locals": {"a": "x ${ unclosed", "b": "\\t${ also"}}';
  const file = parseTfJson(src);
  assert.ok(file.diagnostics.length >= 2, JSON.stringify(file.diagnostics));
  const a = at(src, '"x ${ unclosed"');
  const b = at(src, '"\\t${ also"');
  assert.ok(file.diagnostics.some((d) => d.subject.start >= a.start && d.subject.end <= a.end));
  assert.ok(file.diagnostics.some((d) => d.subject.start >= b.start && d.subject.end <= b.end));
});

test('json-positions: string value offsets follow the escapes', () => {
  const src = '"a\\u0041\\n\\\\b\\q"';
  const { root, diagnostics } = parseJsonPositions(src);
  assert.ok(root?.kind === 'string');
  assert.equal(root.value, 'aA\n\\b\\q');
  assert.equal(root.escaped, true);
  assert.deepEqual(stringValueOffsets(src, root), [1, 2, 8, 10, 12, 13, 14, 15]);
  assert.equal(diagnostics.length, 1); // \q
  const plain = parseJsonPositions('"abc"').root;
  assert.ok(plain?.kind === 'string');
  assert.equal(plain.escaped, false);
  assert.deepEqual(stringValueOffsets('"abc"', plain), [1, 2, 3, 4]);
});

test('UTF-16 offsets: astral characters and a byte order mark', () => {
  const src = '\ufeff{"locals": {"😀": "é${x}"}}';
  const file = parseTfJson(src);
  noDiagnostics(file);
  const a = file.body.blocks[0]!.body.attributes[0]!;
  assert.equal(a.name, '😀');
  assert.deepEqual(span(a.nameRange), at(src, '"😀"'));
  const t = a.expr;
  assert.ok(t.type === 'Template');
  assert.equal(text(file, t.parts[1]!), 'x');
});

test('plain strings (fast path) get exactly the tree parseTemplateAt builds', () => {
  for (const value of ['abc', '', 'a{b}', 'a~b', 'tab\u0009', '$', 'a%b', '${x}', 'é😀']) {
    const src = `{"locals": {"v": "${value}"}}`;
    const file = parseTfJson(src);
    const content = { start: src.indexOf('"v": "') + 6, end: src.lastIndexOf('"') };
    assert.deepEqual(file.body.blocks[0]!.body.attributes[0]!.expr, parseTemplateAt(src, content.start, content.end).expr, value);
  }
});
