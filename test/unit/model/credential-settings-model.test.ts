// SPDX-License-Identifier: Apache-2.0
// Credentials outside resources (model/aws/credentials.ts): `provider "aws"` arguments in Terraform and
// NoEcho parameter defaults in CloudFormation; and the masking of the inputs a secret came through.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHcl } from '../../../server/src/parsers/hcl/parser';
import { buildTerraformModel } from '../../../server/src/model/adapters/terraform';
import { Unknown } from '../../../server/src/core/value';
import { runRules } from '../../../server/src/engine/runner';
import secretsRule from '../../../rules/aws/secrets/hardcoded-credential-values';
import { decodedBase64, findSecrets } from '../../../rules/lib/secret-values';
import { at, modelOf } from './cloudformation/helpers';

const tf = (text: string) => buildTerraformModel([{ path: '/m/main.tf', file: parseHcl(text) }]);

void describe('credential settings: Terraform provider blocks', () => {
  void it('reads credential arguments of every aws provider block, evaluated, with a fix location', () => {
    const settings = tf(`
variable "sk" {
  default = "s3cr3t"
}
variable "token" {}
provider "aws" {
  access_key = "AKIATESTFIXTURE2KEY7"
  secret_key = var.sk
  token      = var.token
}
provider "aws" {
  alias = "ci"
  assume_role_with_web_identity {
    web_identity_token = "eyJ.eyJ.x"
  }
}
provider "google" {
  access_token = "ya29.fixture"
}
`).aws.credentialSettings;
    assert.deepEqual(
      settings.map((s) => [s.address, s.kind, s.name]),
      [
        ['provider.aws', 'access-key', 'access_key'],
        ['provider.aws', 'secret-key', 'secret_key'],
        ['provider.aws', 'session-token', 'token'],
        ['provider.aws.ci', 'web-identity-token', 'assume_role_with_web_identity.web_identity_token'],
      ],
    );
    assert.equal(settings[1]!.value.value, 's3cr3t');
    assert.equal(settings[1]!.value.via?.[0]?.kind, 'variable-default');
    assert.ok(settings[2]!.value.value instanceof Unknown);
    assert.deepEqual(settings[0]!.value.location?.path, ['access_key']);
    assert.deepEqual(settings[3]!.value.location?.path, ['assume_role_with_web_identity', 'web_identity_token']);
  });

  void it('a provider without credential arguments gives nothing', () => {
    assert.deepEqual(tf('provider "aws" {\n  region = "eu-west-1"\n}\n').aws.credentialSettings, []);
  });
});

void describe('credential settings: CloudFormation NoEcho defaults', () => {
  void it('reads the Default of NoEcho parameters only, where it is written', () => {
    const text = `
Parameters:
  Password:
    Type: String
    NoEcho: true
    Default: hunter2-fixture
  Quoted:
    Type: String
    NoEcho: "true"
    Default: also-secret
  NoDefault:
    Type: String
    NoEcho: true
  Empty:
    Type: String
    NoEcho: true
    Default: ""
  Visible:
    Type: String
    Default: app
Resources:
  T:
    Type: AWS::SNS::Topic
`;
    const settings = modelOf(text).aws.credentialSettings;
    assert.deepEqual(settings.map((s) => [s.address, s.kind, s.value.value]), [
      ['Password', 'noecho-default', 'hunter2-fixture'],
      ['Quoted', 'noecho-default', 'also-secret'],
    ]);
    assert.equal(at(text, settings[0]!.value.ref), 'hunter2-fixture');
    assert.equal(settings[0]!.value.location, null);
  });
});

void describe('secret values', () => {
  void it('decodes base64 text, and leaves binary-looking strings (secret keys, hashes) alone', () => {
    assert.equal(decodedBase64(Buffer.from('#!/bin/bash\necho hi\n').toString('base64')), '#!/bin/bash\necho hi\n');
    assert.equal(decodedBase64('fixtureSecretKey/For+Tests00000000000000'), null);
    assert.equal(decodedBase64('short'), null);
    const found = findSecrets(Buffer.from('export KEY=AKIATESTFIXTURE2KEY7').toString('base64'));
    assert.deepEqual(found.map((f) => [f.kind, f.encoded]), [['an AWS access key id', true]]);
  });

  void it('reads the known text of a partly unknown string', () => {
    const u = new Unknown('reference', { start: 0, end: 1 }, 'function Fn::Sub of ${AWS::Region}', undefined, 'region=${AWS::Region} key=AKIATESTFIXTURE2KEY7');
    assert.equal(findSecrets(u).length, 1);
  });

  void it('a secret that came through a variable default is named, never repeated', () => {
    const model = tf(`
variable "key" {
  default = "AKIATESTFIXTURE2KEY7"
}
resource "aws_lambda_function" "f" {
  function_name = "f"
  role          = "arn:aws:iam::111122223333:role/r"
  environment {
    variables = { KEY = var.key }
  }
}
`);
    const findings = runRules(model, [secretsRule]).findings;
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.via?.[0]?.name, 'var.key');
    assert.ok(!JSON.stringify(findings).includes('AKIATESTFIXTURE2KEY7'), 'the key is not repeated');
  });
});
