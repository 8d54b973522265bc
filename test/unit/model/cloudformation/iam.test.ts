// SPDX-License-Identifier: Apache-2.0
// IAM: managed and inline policy resources, and one IamPolicy per inline policy of a role, user or group.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Unknown } from '../../../../server/src/core/value';
import { isKnown } from '../../../../server/src/model/attr';
import { at, modelOf } from './helpers';

const TEMPLATE = `Resources:
  Admin:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          Effect: Allow
          Action: '*'
          Resource: '*'
  Inline:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: inline
      Roles: [!Ref Role]
      PolicyDocument: !Ref PolicyJson
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: ReadLogs
          PolicyDocument:
            Statement:
              - Effect: Allow
                NotAction: iam:*
                Resource: '*'
        - PolicyName: !Sub '\${AWS::StackName}-write'
          PolicyDocument:
            Statement:
              - Effect: Deny
                Action: [s3:PutObject, s3:DeleteObject]
                Resource: arn:aws:s3:::b/*
  Ops:
    Type: AWS::IAM::Group
`;

describe('CloudFormation adapter: IAM policies', () => {
  const policies = modelOf(TEMPLATE).aws.iamPolicies;

  it('lists managed, inline and role inline policies with addresses', () => {
    assert.deepEqual(
      policies.map((p) => [p.address, p.policyKind, p.sourceType]),
      [
        ['Admin', 'managed', 'AWS::IAM::ManagedPolicy'],
        ['Inline', 'inline', 'AWS::IAM::Policy'],
        ['Role.Policies[ReadLogs]', 'inline', 'AWS::IAM::Role'],
        ['Role.Policies[1]', 'inline', 'AWS::IAM::Role'],
      ],
    );
  });

  it('reads a single-statement document', () => {
    const doc = policies[0]!.document;
    assert.ok(isKnown(doc));
    assert.equal(doc.value.statements.length, 1);
    assert.deepEqual(doc.value.statements[0]!.actions, ['*']);
    assert.equal(at(TEMPLATE, doc.value.statements[0]!.ref).split('\n')[0], 'Effect: Allow');
  });

  it('keeps a document from a parameter unknown', () => {
    const doc = policies[1]!.document;
    assert.ok(doc.value instanceof Unknown);
    assert.equal(doc.value.detail, 'parameter PolicyJson');
  });

  it('reads role inline policies, pointing at their names and locating their documents', () => {
    const read = policies[2]!;
    assert.equal(at(TEMPLATE, read.ref), 'ReadLogs');
    assert.ok(isKnown(read.document));
    assert.equal(read.document.value.statements[0]!.notActions, true);
    assert.deepEqual(read.document.location?.path, ['Policies', '0', 'PolicyDocument']);
    assert.ok(read.target.kind === 'resource' && read.target.resource.logicalId === 'Role');
    const write = policies[3]!;
    assert.ok(at(TEMPLATE, write.ref).startsWith('!Sub'));
    assert.ok(isKnown(write.document));
    assert.deepEqual(write.document.value.statements[0]!.actions, ['s3:PutObject', 's3:DeleteObject']);
  });
});
