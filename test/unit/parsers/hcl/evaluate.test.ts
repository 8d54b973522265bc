// SPDX-License-Identifier: Apache-2.0
// The static evaluator: known values come out as plain values, everything else as an explained Unknown
// (its size limits: test/hostile/evaluation-limits.test.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, parseHcl } from '../../../../server/src/parsers/hcl';
import type { EvalContext } from '../../../../server/src/parsers/hcl';
import { firstUnknown, Unknown } from '../../../../server/src/core/value';
import type { Value } from '../../../../server/src/core/value';

function ev(text: string, ctx?: EvalContext): Value {
  const src = `x = ${text}\n`;
  const f = parseHcl(src);
  assert.deepEqual(f.diagnostics, [], text);
  return evaluate(f.body.attributes[0]!.expr, src, ctx);
}

function plain(v: Value): unknown {
  return JSON.parse(JSON.stringify(v)) as unknown;
}

void describe('hcl evaluator', () => {
  void it('literals, collections and templates without references', () => {
    assert.equal(ev('"AES256"'), 'AES256');
    assert.equal(ev('true'), true);
    assert.equal(ev('null'), null);
    assert.equal(ev('-5'), -5);
    assert.deepEqual(plain(ev('[1, "a", [true]]')), [1, 'a', [true]]);
    assert.deepEqual(plain(ev('{ a = 1, "b" = { c = "d" } }')), { a: 1, b: { c: 'd' } });
    assert.equal(ev('"a-${1 + 2}-${true}"'), 'a-3-true');
    assert.equal(ev('<<EOT\nhello\nEOT'), 'hello\n');
    assert.equal(ev('"%{ if 1 < 2 }yes%{ else }no%{ endif }"'), 'yes');
    assert.equal(ev('"%{ for v in ["a", "b"] }${v};%{ endfor }"'), 'a;b;');
  });

  void it('operators, conditionals, for expressions and indexes over known values', () => {
    assert.equal(ev('2 * 3 + 1'), 7);
    assert.equal(ev('"a" == "a" && !false'), true);
    assert.equal(ev('1 > 2 ? "x" : "y"'), 'y');
    assert.deepEqual(plain(ev('[for s in ["a", "b"] : upper(s)]')), ['A', 'B']);
    assert.deepEqual(plain(ev('{for k, v in { a = 1 } : v => k}')), { '1': 'a' });
    assert.equal(ev('{ a = [10, 20] }.a[1]'), 20);
    assert.deepEqual(plain(ev('[{ n = 1 }, { n = 2 }][*].n')), [1, 2]);
  });

  void it('references are unknown and say what they depend on', () => {
    const v = ev('var.bucket_name');
    assert.ok(v instanceof Unknown);
    assert.equal(v.reason, 'reference');
    assert.equal(v.describe(), 'depends on var.bucket_name');
    const t = ev('"arn:aws:s3:::${aws_s3_bucket.b.id}/*"');
    assert.ok(t instanceof Unknown);
    assert.equal(t.detail, 'aws_s3_bucket.b.id');
  });

  void it('unknowns stay local inside collections', () => {
    const v = ev('[true, var.x]');
    assert.ok(Array.isArray(v));
    assert.equal(v[0], true);
    assert.ok(v[1] instanceof Unknown);
    assert.equal(firstUnknown(v)?.detail, 'var.x');
  });

  void it('unsupported and impure functions are unknown, named', () => {
    const v = ev('timestamp()');
    assert.ok(v instanceof Unknown);
    assert.equal(v.reason, 'function');
    assert.equal(v.describe(), 'depends on the result of function timestamp()');
  });

  void it('jsonencode gives the JSON text, or the structure when parts are unknown', () => {
    assert.equal(ev('jsonencode({ Version = "2012-10-17", Statement = [] })'), '{"Version":"2012-10-17","Statement":[]}');
    const partial = ev('jsonencode({ Resource = var.arn })');
    assert.ok(partial !== null && typeof partial === 'object' && !(partial instanceof Unknown));
  });

  void it('logical operators short-circuit over unknowns', () => {
    assert.equal(ev('false && var.x'), false);
    assert.equal(ev('var.x || true'), true);
    assert.ok(ev('var.x && true') instanceof Unknown);
  });

  void it('a resolver plugs in variable values', () => {
    const ctx: EvalContext = {
      resolve: (t) => (t.root === 'var' && t.steps[0]?.type === 'AttrStep' && t.steps[0].name === 'enc' ? 'aws:kms' : undefined),
    };
    assert.equal(ev('var.enc', ctx), 'aws:kms');
    assert.ok(ev('var.other', ctx) instanceof Unknown);
  });

  void it('syntax errors evaluate to an invalid unknown', () => {
    const src = 'x = \n';
    const f = parseHcl(src);
    const a = f.body.attributes[0];
    if (a) assert.ok(evaluate(a.expr, src) instanceof Unknown);
  });

  void it('try() and can() move on from errors but not from unknowns', () => {
    assert.equal(ev('try({ a = 1 }.b, "fallback")'), 'fallback');
    assert.equal(ev('try([1][5], 2)'), 2);
    assert.ok(ev('try(var.x, 2)') instanceof Unknown, 'an unknown is not an error: the result is unknown');
    assert.equal(ev('can({ a = 1 }.b)'), false);
    assert.equal(ev('can({ a = 1 }.a)'), true);
  });

  void it('collection and string functions Terraform modules use', () => {
    assert.equal(ev('coalesce(null, "", "x")'), 'x');
    assert.equal(ev('lookup({ a = 1 }, "b", 3)'), 3);
    assert.equal(ev('one([])'), null);
    assert.equal(ev('one(["a"])'), 'a');
    assert.equal(ev('element(["a", "b"], 3)'), 'b');
    assert.deepEqual(plain(ev('flatten([[1], [2, [3]]])')), [1, 2, 3]);
    assert.deepEqual(plain(ev('keys({ b = 1, a = 2 })')), ['a', 'b']);
    assert.deepEqual(plain(ev('values({ b = 1, a = 2 })')), [2, 1]);
    assert.deepEqual(plain(ev('toset(["b", "a", "b"])')), ['a', 'b']);
    assert.deepEqual(plain(ev('merge({ a = 1 }, null, { b = 2 })')), { a: 1, b: 2 });
    assert.deepEqual(plain(ev('tomap({ a = "x" })')), { a: 'x' });
    assert.equal(ev('contains(["a"], "a")'), true);
    assert.ok(ev('contains([var.x], "a")') instanceof Unknown, 'an unknown item could be the value');
    assert.equal(ev('length(compact(["a", "", null]))'), 1);
    assert.equal(ev('format("arn:%s:s3:::%s", "aws", "b")'), 'arn:aws:s3:::b');
    assert.equal(ev('replace("a-b-c", "-", "_")'), 'a_b_c');
    assert.ok(ev('replace("a", "/a+/", "b")') instanceof Unknown, 'regex patterns are not evaluated');
    assert.equal(ev('substr("hello", 1, 3)'), 'ell');
    assert.deepEqual(plain(ev('slice([1, 2, 3], 0, 2)')), [1, 2]);
    assert.deepEqual(plain(ev('distinct([1, 1, 2])')), [1, 2]);
    assert.deepEqual(plain(ev('zipmap(["a"], [1])')), { a: 1 });
    assert.equal(ev('alltrue([true, false])'), false);
    assert.equal(ev('anytrue([false, true])'), true);
    assert.equal(ev('startswith("arn:aws", "arn:")'), true);
  });

  void it('a condition that does not matter: equal branches give a known value', () => {
    assert.equal(ev('var.x ? "AES256" : "AES256"'), 'AES256');
    assert.ok(ev('var.x ? "a" : "b"') instanceof Unknown);
  });


  void it('unknown references carry what they stand for as data', () => {
    const r = ev('aws_s3_bucket.logs[0].arn');
    assert.ok(r instanceof Unknown);
    assert.deepEqual(r.ref, { kind: 'resource', address: 'aws_s3_bucket.logs', attribute: 'arn' });
    const d = ev('data.aws_caller_identity.current.account_id');
    assert.ok(d instanceof Unknown);
    assert.deepEqual(d.ref, { kind: 'data', address: 'data.aws_caller_identity.current', attribute: 'account_id' });
    const f = ev('timestamp()');
    assert.ok(f instanceof Unknown);
    assert.deepEqual(f.ref, { kind: 'function', name: 'timestamp' });
    // A for expression over an unknown collection keeps what the collection depends on.
    const m = ev('{ for k, v in module.eks.policies : k => v }');
    assert.ok(m instanceof Unknown);
    assert.deepEqual(m.ref, { kind: 'module', address: 'module.eks', output: 'policies' });
  });
});
