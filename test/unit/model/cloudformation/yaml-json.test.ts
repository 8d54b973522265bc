// SPDX-License-Identifier: Apache-2.0
// The same template written in YAML (short function tags) and JSON (long form) gives the same model,
// apart from positions.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { modelOf, withoutPositions } from './helpers';

const YAML = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Cidr:
    Type: String
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub 'data-\${AWS::AccountId}'
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        RestrictPublicBuckets: false
      VersioningConfiguration:
        Status: Suspended
  DataPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: [!GetAtt Data.Arn, !Sub '\${Data.Arn}/*']
  Vpc:
    Type: AWS::EC2::VPC
  Log:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !Ref Cidr
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        MetadataOptions:
          HttpTokens: optional
  Role:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: '*'
                Resource: !If [Wide, '*', !Ref AWS::NoValue]
`;

const JSON_TEXT = JSON.stringify(
  {
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: { Cidr: { Type: 'String' } },
    Resources: {
      Data: {
        Type: 'AWS::S3::Bucket',
        Properties: {
          BucketName: { 'Fn::Sub': 'data-${AWS::AccountId}' },
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, RestrictPublicBuckets: false },
          VersioningConfiguration: { Status: 'Suspended' },
        },
      },
      DataPolicy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: {
          Bucket: { Ref: 'Data' },
          PolicyDocument: {
            Statement: [
              { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [{ 'Fn::GetAtt': ['Data', 'Arn'] }, { 'Fn::Sub': '${Data.Arn}/*' }] },
            ],
          },
        },
      },
      Vpc: { Type: 'AWS::EC2::VPC' },
      Log: { Type: 'AWS::EC2::FlowLog', Properties: { ResourceId: { Ref: 'Vpc' }, ResourceType: 'VPC', TrafficType: 'ALL' } },
      Sg: {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: { SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: { Ref: 'Cidr' } }] },
      },
      Lt: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { MetadataOptions: { HttpTokens: 'optional' } } } },
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: {
          Policies: [
            {
              PolicyName: 'p',
              PolicyDocument: { Statement: [{ Effect: 'Allow', Action: '*', Resource: { 'Fn::If': ['Wide', '*', { Ref: 'AWS::NoValue' }] } }] },
            },
          ],
        },
      },
    },
  },
  null,
  2,
);

describe('CloudFormation adapter: YAML and JSON', () => {
  it('gives equal models for the same template in both syntaxes', () => {
    const fromYaml = withoutPositions(modelOf(YAML, 'yaml'));
    const fromJson = withoutPositions(modelOf(JSON_TEXT, 'json'));
    assert.deepEqual(fromJson, fromYaml);
  });

  it('fills every list of the model the template has resources for', () => {
    const { aws } = modelOf(JSON_TEXT, 'json');
    assert.equal(aws.s3Buckets.length, 1);
    assert.equal(aws.s3Buckets[0]!.versioning.enabled.value, false);
    assert.ok(aws.s3Buckets[0]!.policy);
    assert.equal(aws.vpcs[0]!.flowLogs.length, 1);
    assert.equal(aws.securityGroups[0]!.ingress.length, 1);
    assert.equal(aws.instances[0]!.httpTokens.value, 'optional');
    assert.equal(aws.iamPolicies.length, 1);
  });
});
