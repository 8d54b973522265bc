// SPDX-License-Identifier: Apache-2.0
// Evaluation limits reached on purpose: a Terraform range of 100 million elements and a 5,000 x 5,000
// nested for expression end in a "limit" unknown; a CloudFormation template with 30 conditions stops
// splitting into scenarios at the limit and leaves the rest "cannot verify". Each does real work up to its
// limit (a few hundred ms), so they are here rather than in the unit layer (test/unit/parsers/hcl/evaluate.test.ts,
// test/unit/service/cfn-scenarios.test.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, parseHcl } from '../../server/src/parsers/hcl';
import { Unknown } from '../../server/src/core/value';
import type { Value } from '../../server/src/core/value';
import { MAX_CFN_SCENARIOS } from '../../server/src/core/limits';
import { analyzeText } from '../support/fixture-runner';

function ev(text: string): Value {
  const src = `x = ${text}\n`;
  const f = parseHcl(src);
  assert.deepEqual(f.diagnostics, [], text);
  return evaluate(f.body.attributes[0]!.expr, src);
}

void describe('evaluation limits', () => {
  void it('evaluation is bounded: huge ranges and nested loops end in a limit unknown', () => {
    const big = ev('range(100000000)');
    assert.ok(big instanceof Unknown && big.ref.kind === 'limit');
    const nested = ev('[for a in range(5000) : [for b in range(5000) : a * b]]');
    assert.ok(nested instanceof Unknown && nested.ref.kind === 'limit');
  });
  void it(`stops splitting at ${MAX_CFN_SCENARIOS} scenarios: the remaining conditions stay "cannot verify"`, () => {
    const n = 30;
    const params = Array.from({ length: n }, (_, i) => `  P${i}:\n    Type: String\n`).join('');
    const conds = Array.from({ length: n }, (_, i) => `  C${i}: !Equals [!Ref P${i}, "yes"]\n`).join('');
    const rules = Array.from({ length: n }, (_, i) => `        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: ${22 + i}\n          CidrIp: !If [C${i}, 0.0.0.0/0, 10.0.0.0/8]\n`).join('');
    const text = `Parameters:\n${params}Conditions:\n${conds}Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: many\n      SecurityGroupIngress:\n${rules}`;
    const started = Date.now();
    const a = analyzeText('/t/template.yaml', text);
    assert.ok(Date.now() - started < 20_000);
    const ssh = a.findings.filter((f) => f.ruleId === 'AWS-EC2-001');
    const decided = ssh.filter((f) => f.kind === 'violation');
    const open = ssh.filter((f) => f.kind === 'unverifiable');
    assert.ok(decided.length >= 4 && decided.length < n, `${decided.length} decided`);
    assert.ok(decided.every((f) => /\(when condition C\d+ is true\)/.test(f.message)), decided.map((f) => f.message).join('\n'));
    assert.ok(open.length > 0 && open.every((f) => f.unknown?.kind === 'condition'));
  });});
