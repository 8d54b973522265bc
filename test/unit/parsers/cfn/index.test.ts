// SPDX-License-Identifier: Apache-2.0
// parseCloudFormation: language choice, the template view and its ranges, YAML/JSON equivalence.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage, parseCloudFormation, toPlain } from '../../../../server/src/parsers/cfn';
import type { CfnResource } from '../../../../server/src/parsers/cfn';
import { shape, slice } from './helpers';

const YAML_TEMPLATE = [
  'AWSTemplateFormatVersion: "2010-09-09"',
  'Parameters:',
  '  Env:',
  '    Type: String',
  '    Default: dev',
  'Conditions:',
  '  IsProd: !Equals [!Ref Env, prod]',
  'Resources:',
  '  Logs:',
  '    Type: AWS::S3::Bucket',
  '    Condition: IsProd',
  '    Metadata:',
  '      Owner: team',
  '    Properties:',
  '      AccessControl: Private',
  '  Topic:',
  '    Type: AWS::SNS::Topic',
  '  Pending:',
  '    Properties: {}',
  '  Loop: [not, a, resource]',
  '',
].join('\n');

const JSON_TEMPLATE = JSON.stringify(
  {
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: { Env: { Type: 'String', Default: 'dev' } },
    Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    Resources: {
      Logs: { Type: 'AWS::S3::Bucket', Condition: 'IsProd', Metadata: { Owner: 'team' }, Properties: { AccessControl: 'Private' } },
      Topic: { Type: 'AWS::SNS::Topic' },
      Pending: { Properties: {} },
      Loop: ['not', 'a', 'resource'],
    },
  },
  null,
  2,
);

function resource(resources: CfnResource[], id: string): CfnResource {
  const found = resources.find((r) => r.logicalId === id);
  assert.ok(found, `resource ${id} missing`);
  return found;
}

describe('parseCloudFormation', () => {
  it('guesses the language from the first significant character', () => {
    assert.equal(guessLanguage('  \n{"a": 1}'), 'json');
    assert.equal(guessLanguage('\uFEFF[1]'), 'json');
    assert.equal(guessLanguage('a: 1'), 'yaml');
    assert.equal(guessLanguage(''), 'yaml');
    assert.equal(parseCloudFormation(JSON_TEMPLATE).language, 'json');
    assert.equal(parseCloudFormation(YAML_TEMPLATE).language, 'yaml');
  });

  it('lists resources with their ranges', () => {
    const result = parseCloudFormation(YAML_TEMPLATE, 'yaml');
    assert.equal(result.isCloudFormation, true);
    assert.deepEqual(result.diagnostics, []);
    const template = result.template;
    assert.ok(template);
    // `Loop` is not a mapping, so it is not a resource; `Pending` has no Type yet but is listed.
    assert.deepEqual(template.resources.map((r) => r.logicalId), ['Logs', 'Topic', 'Pending']);
    const logs = resource(template.resources, 'Logs');
    assert.equal(logs.type, 'AWS::S3::Bucket');
    assert.deepEqual(logs.logicalIdRange, { start: 152, end: 156 });
    assert.equal(slice(YAML_TEMPLATE, logs.logicalIdRange), 'Logs');
    assert.ok(logs.typeRange);
    assert.equal(slice(YAML_TEMPLATE, logs.typeRange), 'AWS::S3::Bucket');
    assert.equal(logs.condition, 'IsProd');
    assert.deepEqual(logs.properties && toPlain(logs.properties), { AccessControl: 'Private' });
    assert.deepEqual(logs.metadata && toPlain(logs.metadata), { Owner: 'team' });
    const pending = resource(template.resources, 'Pending');
    assert.equal(pending.type, null);
    assert.equal(pending.typeRange, null);
    assert.equal(resource(template.resources, 'Topic').properties, null);
  });

  it('lists parameters and conditions', () => {
    const template = parseCloudFormation(YAML_TEMPLATE).template;
    assert.ok(template);
    assert.deepEqual(template.parameters.map((p) => [p.name, p.type, slice(YAML_TEMPLATE, p.nameRange)]), [['Env', 'String', 'Env']]);
    assert.equal(template.conditions.length, 1);
    const condition = template.conditions[0];
    assert.equal(condition.name, 'IsProd');
    assert.equal(condition.node.type === 'Intrinsic' && condition.node.name, 'Fn::Equals');
  });

  it('reads YAML and JSON twins to the same tree', () => {
    const fromYaml = parseCloudFormation(YAML_TEMPLATE).template;
    const fromJson = parseCloudFormation(JSON_TEMPLATE).template;
    assert.ok(fromYaml && fromJson);
    assert.deepEqual(shape(fromYaml.root), shape(fromJson.root));
    assert.deepEqual(
      fromJson.resources.map((r) => [r.logicalId, r.type, slice(JSON_TEMPLATE, r.logicalIdRange)]),
      [
        ['Logs', 'AWS::S3::Bucket', '"Logs"'],
        ['Topic', 'AWS::SNS::Topic', '"Topic"'],
        ['Pending', null, '"Pending"'],
      ],
    );
  });

  it('reports a non-template as such, without diagnostics', () => {
    for (const text of ['kind: Pod\nmetadata: {name: [\n', '{"name": "pkg"', 'Resources:\n  x:\n    Type: String\n']) {
      assert.deepEqual(parseCloudFormation(text), { template: null, diagnostics: [], isCloudFormation: false, language: guessLanguage(text) });
    }
  });

  it('keeps syntax diagnostics for a broken template', () => {
    const result = parseCloudFormation('Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      Name: "x\n  B:\n    Type: AWS::SNS::Topic\n');
    assert.equal(result.isCloudFormation, true);
    assert.deepEqual(result.template?.resources.map((r) => r.logicalId), ['A', 'B']);
    assert.equal(result.diagnostics.length, 1);
  });

  it('falls back to YAML for a flow-mapping template without a hint', () => {
    const text = '{ Resources: { B: { Type: AWS::S3::Bucket, Properties: { BucketName: !Ref N } } } }';
    const result = parseCloudFormation(text);
    assert.equal(result.language, 'yaml');
    assert.equal(result.isCloudFormation, true);
    assert.deepEqual(result.diagnostics, []);
    // With an explicit hint the JSON reading is kept, errors and all.
    assert.equal(parseCloudFormation(text, 'json').language, 'json');
  });
});
