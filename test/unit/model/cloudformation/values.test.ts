// SPDX-License-Identifier: Apache-2.0
// valueOf: CloudFormation nodes → evaluator Values, with intrinsics computed when the template alone
// decides them and Unknown (naming what they depend on) otherwise.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mapGet, parseYaml } from '../../../../server/src/parsers/cfn';
import type { CfnNode } from '../../../../server/src/parsers/cfn';
import { valueOf } from '../../../../server/src/model/adapters/cloudformation';
import { Unknown } from '../../../../server/src/core/value';
import type { Value } from '../../../../server/src/core/value';

const MAPPINGS = 'RegionMap:\n  us-east-1:\n    Ami: ami-123\n';

/** The value of `v:` in a one-line YAML document, with the mappings above and a resource `Bucket`. */
function value(yaml: string): Value {
  const root = parseYaml(`v: ${yaml}\n`).root;
  const node = mapGet(root, 'v') as CfnNode;
  const mappings = parseYaml(MAPPINGS).root ?? undefined;
  return valueOf(node, { resourceIds: new Set(['Bucket']), mappings });
}

function unknown(v: Value): Unknown {
  assert.ok(v instanceof Unknown, `expected an Unknown, got ${JSON.stringify(v)}`);
  return v;
}

describe('CloudFormation valueOf', () => {
  it('converts scalars, maps and sequences', () => {
    assert.deepEqual(value('{ a: 1, b: [true, "x", ~] }'), { a: 1, b: [true, 'x', null] });
    assert.equal(value("'2012-10-17'"), '2012-10-17');
  });

  it('names parameters, pseudo parameters and resources behind Ref', () => {
    const p = unknown(value('!Ref BucketName'));
    assert.equal(p.reason, 'reference');
    assert.equal(p.detail, 'parameter BucketName');
    assert.equal(p.describe(), 'depends on parameter BucketName');
    assert.equal(unknown(value('!Ref AWS::Region')).detail, 'pseudo parameter AWS::Region');
    assert.equal(unknown(value('{ Ref: Bucket }')).detail, 'the resource Bucket');
  });

  it('gives the span of the whole function, tag included', () => {
    const text = 'v: !Ref Name\n';
    const node = mapGet(parseYaml(text).root, 'v') as CfnNode;
    const u = unknown(valueOf(node));
    assert.equal(text.slice(u.span.start, u.span.end), '!Ref Name');
  });

  it('names the attribute behind GetAtt, short and long forms', () => {
    assert.equal(unknown(value('!GetAtt Bucket.Arn')).detail, 'the attribute Bucket.Arn');
    assert.equal(unknown(value('{ "Fn::GetAtt": [Bucket, Arn] }')).detail, 'the attribute Bucket.Arn');
  });

  it('computes Fn::Sub without variables or with literal bindings; names the variables otherwise', () => {
    assert.equal(value('!Sub plain-text'), 'plain-text');
    assert.equal(value("!Sub 'a-${!Literal}'"), 'a-${Literal}');
    assert.equal(value("!Sub ['${A}-${B}', { A: x, B: 2 }]"), 'x-2');
    const u = unknown(value("!Sub 'arn:${AWS::Partition}:s3:::${BucketName}/*'"));
    assert.equal(u.reason, 'reference');
    assert.equal(u.detail, 'function Fn::Sub of ${AWS::Partition}, ${BucketName}');
  });

  it('knows Fn::If only when both branches agree', () => {
    assert.equal(value('!If [IsProd, AES256, AES256]'), 'AES256');
    assert.deepEqual(value('!If [IsProd, { a: 1 }, { a: 1 }]'), { a: 1 });
    const u = unknown(value('!If [IsProd, aws:kms, AES256]'));
    assert.equal(u.reason, 'expression');
    assert.equal(u.detail, 'condition IsProd');
    unknown(value('!If [IsProd, !Ref A, !Ref A]'));
  });

  it('computes Join, Select and FindInMap over known values', () => {
    assert.equal(value("!Join ['-', [a, b, 3]]"), 'a-b-3');
    assert.equal(value('!Select [1, [a, b]]'), 'b');
    assert.equal(value('!FindInMap [RegionMap, us-east-1, Ami]'), 'ami-123');
    assert.equal(unknown(value("!Join ['-', [a, !Ref P]]")).detail, 'parameter P');
    assert.equal(unknown(value('!FindInMap [RegionMap, !Ref AWS::Region, Ami]')).detail, 'pseudo parameter AWS::Region');
  });

  it('keeps unknowns nested inside known structures', () => {
    const v = value('[true, !Ref Flag]') as Value[];
    assert.equal(v[0], true);
    assert.equal(unknown(v[1]!).detail, 'parameter Flag');
  });

  it('leaves functions whose result only the deployment knows unknown, named', () => {
    const u = unknown(value("!Cidr ['10.0.0.0/16', 4, 8]"));
    assert.equal(u.reason, 'function');
    assert.deepEqual(u.ref, { kind: 'function', name: 'Fn::Cidr' });
    assert.equal(unknown(value('!ImportValue SharedKey')).detail, 'the export SharedKey');
  });
});
