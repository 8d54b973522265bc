// SPDX-License-Identifier: Apache-2.0
// Adapter additions for the IAM and account-level rules: role trust policies (both languages, data
// documents in Terraform), and the account-level / permission-grant catalog kinds with their defaults.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHcl } from '../../../server/src/parsers/hcl/parser';
import { buildTerraformModel } from '../../../server/src/model/adapters/terraform';
import { Unknown } from '../../../server/src/core/value';
import type { PolicyDocument } from '../../../server/src/model/aws/iam';
import { modelOf } from './cloudformation/helpers';

const tf = (text: string) => buildTerraformModel([{ path: '/m/main.tf', file: parseHcl(text) }]).aws;

void describe('IAM role trust policies', () => {
  void it('reads principals and conditions from jsonencode() and from CloudFormation maps', () => {
    const [t] = tf(`resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "*" }, Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-1" } } }]
  })
}
`).iamRoles;
    const [c] = modelOf('Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: sts:AssumeRole\n').aws.iamRoles;
    const tDoc = t!.trustPolicy.value as PolicyDocument;
    assert.deepEqual(tDoc.statements[0]!.principals, [{ type: 'AWS', values: ['*'] }]);
    assert.equal(tDoc.statements[0]!.conditions[0]!.key, 'aws:PrincipalOrgID');
    assert.deepEqual((c!.trustPolicy.value as PolicyDocument).statements[0]!.principals, [{ type: '*', values: ['*'] }]);
    // Read only: no fix writes a trust policy.
    assert.equal(t!.trustPolicy.location, null);
    assert.equal(c!.trustPolicy.location, null);
  });

  void it('follows a data "aws_iam_policy_document" and keeps unknown principals unknown', () => {
    const [d, v] = tf(`data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "d" {
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

resource "aws_iam_role" "v" {
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = var.who } }] })
}
`).iamRoles;
    assert.deepEqual((d!.trustPolicy.value as PolicyDocument).statements[0]!.principals, [{ type: 'Service', values: ['ec2.amazonaws.com'] }]);
    assert.ok((v!.trustPolicy.value as PolicyDocument).statements[0]!.principals[0]!.values[0] instanceof Unknown);
  });
});

void describe('account-level and permission-grant catalog kinds', () => {
  void it('applies the documented defaults when settings are absent', () => {
    const m = tf(`resource "aws_iam_account_password_policy" "p" {}
resource "aws_ebs_encryption_by_default" "e" {}
resource "aws_s3_account_public_access_block" "b" {}
resource "aws_accessanalyzer_analyzer" "a" {
  analyzer_name = "a"
}
resource "aws_config_configuration_recorder" "r" {
  role_arn = "arn:aws:iam::111122223333:role/config"
}
`).catalog;
    assert.equal(m['aws.iam.account-password-policy']![0]!.attrs.minimumPasswordLength!.value, 6);
    assert.equal(m['aws.iam.account-password-policy']![0]!.attrs.passwordReusePrevention!.value, undefined);
    assert.equal(m['aws.account.ebs-encryption-by-default']![0]!.attrs.enabled!.value, true);
    assert.equal(m['aws.account.s3-public-access-block']![0]!.attrs.blockPublicPolicy!.value, false);
    assert.equal(m['aws.accessanalyzer.analyzer']![0]!.attrs.type!.value, 'ACCOUNT');
    const rec = m['aws.config.configuration-recorder']![0]!;
    assert.deepEqual([rec.attrs.allSupported!.value, rec.attrs.includeGlobalResourceTypes!.value], [true, false]);
  });

  void it('reads policy attachments and principals in both languages', () => {
    const t = tf(`resource "aws_iam_policy_attachment" "a" {
  name       = "a"
  users      = ["alice"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
`).catalog['aws.iam.permission-grant']!;
    assert.deepEqual(t[0]!.attrs.users!.value, ['alice']);
    assert.equal(t[0]!.attrs.policyArn!.value, 'arn:aws:iam::aws:policy/ReadOnlyAccess');
    const c = modelOf('Resources:\n  U:\n    Type: AWS::IAM::User\n    Properties:\n      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/ReadOnlyAccess\n').aws.catalog['aws.iam.permission-grant']!;
    assert.deepEqual(c[0]!.attrs.managedPolicyArns!.value, ['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    assert.equal(c[0]!.attrs.policies!.present, false);
  });
});
