// SPDX-License-Identifier: Apache-2.0
// The hcl2json renderer of our tree, checked against @cdktf/hcl2json itself on small inputs that each
// exercise one of its rules (the rules are listed in test/support/hcl2json-shape.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHcl } from '../../server/src/parsers/hcl';
import {
  Hcl2JsonShapeError,
  decimalText,
  diffShapes,
  hcl2json,
  toHcl2JsonShape,
} from '../support/hcl2json-shape';

const cases: Record<string, string> = {
  literals: 'a = 1\nb = 1.50\nc = 1e3\nd = true\ne = null\nf = 12345678901234567890\ng = 0.1\nh = 1e-7\n',
  unary: 'a = -1\nb = !true\nc = -x\nd = - 1.5e2\ne = -"1"\nf = - -1\ng = -(1)\nh = -0\n',
  strings: 'a = "x"\nb = ""\nc = "\\u00e9\\n\\t\\"q\\""\nd = "$${a} %%{b}"\ne = "a\\u0024{b}"\nf = "<&>"\n',
  templates: 'a = "a${b}c"\nb = "${x}"\nc = "${ x.y[0] }"\nd = "x${1}${true}${null}${1.50}"\ne = "${1}"\nf = "x${"y"}"\ng = "${"${q}"}"\nh = "x${-1}"\n',
  templateIf: 'a = "%{if c}yes%{else}no%{endif}"\nb = "%{ if c ~}  yes  %{~ endif } ${~ x ~} !"\nc = "%{if c}${x}%{endif}"\nd = "x${c ? "p" : ""}"\ne = "${c ? a : b}"\nf = "x${c ? a : b}"\n',
  templateFor: 'a = "%{for k, v in m}${k}=${v},%{endfor}"\nb = <<EOT\n%{ for v in f(l) ~}\n${v}\n%{ endfor ~}\nEOT\nc = "%{for v in l}%{endfor}"\n',
  heredocs: 'a = <<EOT\nhello ${x}\n  $${y}\nEOT\nb = <<-EOT\n    indented\n      more ${z}\n  EOT\nc = [<<EOT\nin a tuple\nEOT\n, 1]\nd = f(<<EOT\nin a call\nEOT\n)\n',
  objectKeys: 'a = { b = 1, "c" = 2, (d) = 3, "${e}" = 4, f.g = 5, 6 = 6, true = 7, null = 8, "h${i}" = 9 }\nb = {}\nc = {\n  x = [1, "2", y]\n  # comment\n  z = { w = null }\n}\n',
  splats: 'a = x[*].id\nb = x.*.id\nc = x.*.id[0]\nd = x[*]\ne = f(x)[*].y\nf = [for v in x[*] : v.id]\n',
  forExprs: 'a = [for v in l : v if v != null]\nb = {for k, v in m : k => v...}\nc = [\n  for v in l :\n  upper(v)\n]\n',
  otherExprs: 'a = x ? y : z\nb = (1 + 2) * 3\nc = f(a, # c\n  b)\nd = x[y]\ne = x[0].y\nf = f(l...)\ng = a && !b || c\nh = "a" == "b"\n',
  blocks:
    'terraform {\n  required_version = ">= 1.0"\n}\nlocals { a = 1 }\nlocals { b = 2 }\nprovider "aws" { region = "x" }\n' +
    'resource "a" "b" {\n  x = 1\n  lifecycle { ignore_changes = [tags] }\n  dynamic "d" {\n    for_each = l\n    content { v = d.value }\n  }\n}\n' +
    'resource "a" "b" { y = 2 }\nresource "a" "c" { z = 3 }\nblock one two three {}\n',
  attributeOverridesBlock: 'x {}\nx = 1\n',
  // Provider-defined functions (Terraform 1.8+), which HCL 2.14's scanner reads as two colons.
  namespacedFunctions: 'a = provider::aws::arn_parse(x)\nb = core::max(1, 2)\nc = a :: b(1)\n',
  tfvars: 'region = "eu-west-1"\ntags = {\n  Name = "x"\n  "kubernetes.io/cluster/x" = "shared"\n}\nlist = ["a", "b"]\n',
};

for (const [name, source] of Object.entries(cases)) {
  test(`hcl2json shape: ${name}`, async () => {
    const theirs = await hcl2json(`${name}.tf`, source);
    const file = parseHcl(source);
    assert.deepEqual(file.diagnostics, [], 'our parser reports no diagnostics');
    const ours = toHcl2JsonShape(file);
    assert.deepEqual(diffShapes(ours, theirs), []);
    assert.deepStrictEqual(ours, theirs);
  });
}

test('hcl2json shape: conversion errors are raised where hcl2json raises them', async () => {
  for (const source of ['x = !1\n', 'a "b" {}\na {}\n', 'a {}\na "b" {}\n']) {
    await assert.rejects(hcl2json('e.tf', source), /convert/, source);
    assert.throws(() => toHcl2JsonShape(parseHcl(source)), Hcl2JsonShapeError, source);
  }
});

test('decimalText prints numbers like big.Float.Text("f", -1)', () => {
  assert.equal(decimalText('1'), '1');
  assert.equal(decimalText('1.50'), '1.5');
  assert.equal(decimalText('1e3'), '1000');
  assert.equal(decimalText('1.0e-2'), '0.01');
  assert.equal(decimalText('1e-7'), '0.0000001');
  assert.equal(decimalText('007'), '7');
  assert.equal(decimalText('0.000'), '0');
  assert.equal(decimalText('12345678901234567890123'), '12345678901234567890123');
  assert.equal(decimalText('123.456e1'), '1234.56');
});

test('diffShapes reports JSON paths', () => {
  assert.deepEqual(diffShapes({ a: [1, { b: 'x' }], 'c d': 1 }, { a: [1, { b: 'y' }, 3], 'c d': 1 }), [
    { path: '$.a[1].b', ours: 'x', theirs: 'y' },
    { path: '$.a[2]', ours: undefined, theirs: 3 },
  ]);
  assert.deepEqual(diffShapes({ 'c d': -0 }, { 'c d': 0 }), [{ path: '$["c d"]', ours: -0, theirs: 0 }]);
});
