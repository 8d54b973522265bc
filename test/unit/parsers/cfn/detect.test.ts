// SPDX-License-Identifier: Apache-2.0
// Which YAML/JSON files count as CloudFormation templates, and the cheap text pre-check.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isCloudFormation, mightBeCloudFormation, parseJson, parseYaml } from '../../../../server/src/parsers/cfn';

function detect(text: string): boolean {
  const trimmed = text.trimStart();
  const root = trimmed.startsWith('{') || trimmed.startsWith('[') ? parseJson(text).root : parseYaml(text).root;
  return isCloudFormation(root);
}

const TEMPLATES: Record<string, string> = {
  'version only': 'AWSTemplateFormatVersion: "2010-09-09"\nDescription: empty for now\n',
  'resources without version': 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n',
  'custom resource': 'Resources:\n  Thing:\n    Type: Custom::Thing\n    Properties:\n      ServiceToken: arn\n',
  'Alexa skill': 'Resources:\n  Skill:\n    Type: Alexa::ASK::Skill\n',
  'SAM': 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n',
  'one typed resource among half-typed ones': 'Resources:\n  A:\n    Ty\n  B:\n    Type: AWS::SNS::Topic\n',
  JSON: '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}',
  'JSON version only': '{"AWSTemplateFormatVersion": "2010-09-09"}',
};

const OTHERS: Record<string, string> = {
  'Kubernetes manifest': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n',
  'GitHub workflow': 'name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
  'package.json': '{"name": "x", "version": "1.0.0", "dependencies": {"aws-cdk-lib": "2.0.0"}}',
  'parameter file (array)': '[{"ParameterKey": "Env", "ParameterValue": "prod"}]',
  'parameter file (object)': '{"Parameters": {"Env": "prod"}, "Tags": {"team": "a"}}',
  'Resources with other types': 'Resources:\n  cpu:\n    Type: String\n  memory:\n    Type: Number\n',
  'Resources not a map': 'Resources: [AWS::S3::Bucket]\n',
  'nested Resources (serverless.yml)': 'service: x\nresources:\n  Resources:\n    B:\n      Type: AWS::S3::Bucket\n',
  'docker compose': 'services:\n  web:\n    image: nginx\n',
  'scalar document': 'just text\n',
  empty: '',
};

describe('isCloudFormation', () => {
  for (const [name, text] of Object.entries(TEMPLATES)) {
    it(`accepts: ${name}`, () => assert.equal(detect(text), true));
  }
  for (const [name, text] of Object.entries(OTHERS)) {
    it(`rejects: ${name}`, () => assert.equal(detect(text), false));
  }
  it('rejects no root at all', () => {
    assert.equal(isCloudFormation(null), false);
    assert.equal(isCloudFormation(undefined), false);
  });
});

describe('mightBeCloudFormation', () => {
  it('lets every template through', () => {
    for (const text of Object.values(TEMPLATES)) assert.equal(mightBeCloudFormation(text), true, text);
  });

  it('stops unrelated files before parsing', () => {
    for (const name of ['Kubernetes manifest', 'GitHub workflow', 'package.json', 'docker compose', 'empty']) {
      assert.equal(mightBeCloudFormation(OTHERS[name]), false, name);
    }
  });

  it('is fast on a large unrelated file', () => {
    const big = 'key: value\n'.repeat(500_000);
    const started = process.hrtime.bigint();
    assert.equal(mightBeCloudFormation(big), false);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(ms < 200, `took ${ms} ms`);
  });
});
