// SPDX-License-Identifier: Apache-2.0
// The CloudWatch Logs filter-pattern parser and evaluator, and the CIS section 4 event sets judged with
// it: every recommendation's own pattern catches exactly its events, spelling variants (order, spacing,
// parentheses, quotes) judge the same, and no recommendation's pattern looks like a partial attempt at
// another one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesEvent, parseFilterPattern, selectorsOf } from '../../../server/src/model/filter-pattern';
import type { PatternNode } from '../../../server/src/model/filter-pattern';
import { judgePattern } from '../../../rules/lib/monitoring';
import { MONITORING_SPECS } from '../../../rules/lib/monitoring-events';

function ast(src: string): PatternNode {
  const r = parseFilterPattern(src);
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.ast;
}

void describe('filter pattern parser', () => {
  void it('parses comparisons, && and || with && binding tighter, and parentheses', () => {
    const a = ast('{ $.a = 1 || $.b = "x" && $.c != y }');
    assert.equal(a.type, 'or');
    assert.deepEqual(selectorsOf(a), ['a', 'b', 'c']);
    assert.ok(matchesEvent(a, { a: 1 }));
    assert.ok(matchesEvent(a, { b: 'x', c: 'z' }));
    assert.ok(!matchesEvent(a, { b: 'x', c: 'y' }));
    assert.ok(!matchesEvent(ast('{ ($.a = 1 || $.b = "x") && $.c != y }'), { a: 1, c: 'y' }));
  });

  void it('evaluates wildcards, NOT EXISTS, IS, numbers, arrays and regular expressions', () => {
    assert.ok(matchesEvent(ast('{ $.errorCode = "*UnauthorizedOperation" }'), { errorCode: 'Client.UnauthorizedOperation' }));
    assert.ok(!matchesEvent(ast('{ $.errorCode = "AccessDenied*" }'), { errorCode: 'NoAccessDenied' }));
    assert.ok(matchesEvent(ast('{ $.u.invokedBy NOT EXISTS }'), { u: {} }));
    assert.ok(!matchesEvent(ast('{ $.u.invokedBy NOT EXISTS }'), { u: { invokedBy: 'x' } }));
    assert.ok(matchesEvent(ast('{ $.flag IS TRUE && $.gone IS NULL }'), { flag: true, gone: null }));
    assert.ok(matchesEvent(ast('{ $.n >= 10 && $.n < 11 }'), { n: 10 }));
    assert.ok(matchesEvent(ast('{ $.resources[1].type = "AWS::KMS::Key" }'), { resources: [{ type: 'x' }, { type: 'AWS::KMS::Key' }] }));
    assert.ok(matchesEvent(ast('{ $.eventName = %^Delete.*Policy$% }'), { eventName: 'DeleteRolePolicy' }));
    assert.ok(matchesEvent(ast('{ $.s = "a \\"quoted\\" word" }'), { s: 'a "quoted" word' }));
  });

  void it('an absent field matches neither = nor !=', () => {
    assert.ok(!matchesEvent(ast('{ $.x = "a" }'), {}));
    assert.ok(!matchesEvent(ast('{ $.x != "a" }'), {}));
  });

  void it('term patterns match the event text', () => {
    assert.ok(matchesEvent(ast('?AccessDenied ?Unauthorized'), { errorCode: 'AccessDenied' }));
    assert.ok(!matchesEvent(ast('AccessDenied -GetObject'), { errorCode: 'AccessDenied', eventName: 'GetObject' }));
  });

  void it('rejects broken and space-delimited patterns', () => {
    for (const bad of ['{ $.a = }', '{ $.a = "x" ', '{ ($.a = 1 }', '[ip, user]', '{ a = 1 }', '{ $.a < "x" }']) {
      assert.equal(parseFilterPattern(bad).ok, false, bad);
    }
  });

  void it('matches backtracking-prone regexes and globs in linear time; beyond the budget it is "too complex"', { timeout: 5000 }, () => {
    const long = 'x'.repeat(5000);
    assert.ok(!matchesEvent(ast('{ $.eventName = %^(.|.|.)*Q$% }'), { eventName: long }));
    assert.ok(!matchesEvent(ast('{ $.eventName = "************Q" }'), { eventName: long }));
    assert.ok(matchesEvent(ast('{ $.eventName = "*****Q" }'), { eventName: long + 'Q' }));
    const r = parseFilterPattern('{ $.eventName = %(a{900}){900}% }');
    assert.ok(!r.ok && r.tooComplex, JSON.stringify(r));
    const backref = parseFilterPattern('{ $.eventName = %(a)\\1% }');
    assert.ok(!backref.ok && backref.tooComplex);
    const invalid = parseFilterPattern('{ $.eventName = %[z-a]% }');
    assert.ok(!invalid.ok && !invalid.tooComplex);
  });
});

void describe('CIS section 4 event sets', () => {
  for (const [id, spec] of Object.entries(MONITORING_SPECS)) {
    void it(`${id}: the fix pattern catches exactly the events`, () => {
      const v = judgePattern(spec.pattern, spec);
      assert.ok(v?.full, `${id}: ${JSON.stringify(v)}`);
    });
    void it(`${id}: other recommendations' patterns are not partial attempts at it`, () => {
      for (const [other, o] of Object.entries(MONITORING_SPECS)) {
        if (other === id) continue;
        const v = judgePattern(o.pattern, spec);
        assert.ok(v && !v.full && !v.partial, `${other}'s pattern judged against ${id}: ${JSON.stringify(v)}`);
      }
    });
  }

  void it('order, spacing, quotes and redundant parentheses do not matter', () => {
    const spec = MONITORING_SPECS['4.4']!;
    const cis14 =
      '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}';
    assert.ok(judgePattern(cis14, spec)?.full);
    const reordered = `{ (((${['DetachGroupPolicy', 'AttachGroupPolicy', 'DetachUserPolicy', 'AttachUserPolicy', 'DetachRolePolicy', 'AttachRolePolicy', 'DeletePolicyVersion', 'CreatePolicyVersion', 'DeletePolicy', 'CreatePolicy', 'PutUserPolicy', 'PutRolePolicy', 'PutGroupPolicy', 'DeleteUserPolicy', 'DeleteRolePolicy', 'DeleteGroupPolicy'].map((n) => `$.eventName = "${n}"`).join('  ||\n ')})) && $.eventSource = "iam.amazonaws.com") }`;
    assert.ok(judgePattern(reordered, spec)?.full);
    const root = '{$.eventType!="AwsServiceEvent"&&$.userIdentity.invokedBy NOT EXISTS&&$.userIdentity.type="Root"}';
    assert.ok(judgePattern(root, MONITORING_SPECS['4.3']!)?.full);
    const mfa14 = '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }';
    assert.ok(judgePattern(mfa14, MONITORING_SPECS['4.2']!)?.full);
  });

  void it('names what a partial pattern misses or over-matches', () => {
    const v = judgePattern('{ ($.eventName = DeleteGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }', MONITORING_SPECS['4.4']!);
    assert.deepEqual(v?.missed, ['DeleteRolePolicy', 'DeleteUserPolicy']);
    assert.ok(v?.partial);
    for (const any of ['', 'ERROR', '{ $.eventVersion = "*" }']) {
      for (const spec of Object.values(MONITORING_SPECS)) assert.ok(!judgePattern(any, spec)?.partial, `${JSON.stringify(any)} for ${spec.subject}`);
    }
    const root = judgePattern('{ $.userIdentity.type = "Root" }', MONITORING_SPECS['4.3']!);
    assert.deepEqual(root?.extra, ['a call an AWS service made for the root user', 'an AWS service event']);
  });
});
