// SPDX-License-Identifier: Apache-2.0
// CloudFormation evaluation: parameters resolved as CloudFormation would (given value, else Default, with
// provenance; Type conversion; SSM and missing values unknown, named), conditions from those values,
// Fn::If taking its branch, AWS::NoValue removing a property, a resource with a false Condition not created,
// and parameter files in their three shapes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Unknown } from '../../../../server/src/core/value';
import type { EvaluationInputs } from '../../../../server/src/core/inputs';
import { buildCloudFormationModel } from '../../../../server/src/model/adapters/cloudformation';
import { resolveParameters } from '../../../../server/src/model/adapters/cloudformation/parameters';
import { parameterFileValues } from '../../../../server/src/model/adapters/cloudformation/parameter-file';
import { at, FILE, templateOf } from './helpers';

const TEMPLATE = `Parameters:
  SSHLocation:
    Type: String
    Default: 0.0.0.0/0
  Port:
    Type: Number
    Default: "22"
  Subnets:
    Type: CommaDelimitedList
    Default: "a, b"
  Sizes:
    Type: List<Number>
    Default: 1,2
  Ami:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami
  Env:
    Type: String
    AllowedValues: [dev, prod]
  Secret:
    Type: String
    NoEcho: true
    Default: hunter2
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  SshOpen: !Equals [!Ref SSHLocation, 0.0.0.0/0]
  Never: !And [!Condition SshOpen, !Not [!Condition SshOpen]]
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: !Sub 'ssh from \${SSHLocation} in \${AWS::Region}'
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: !Ref Port
          ToPort: !Ref Port
          CidrIp: !If [SshOpen, !Ref SSHLocation, 10.0.0.0/8]
  Gone:
    Type: AWS::EC2::SecurityGroup
    Condition: Never
    Properties:
      GroupDescription: never created
  Maybe:
    Type: AWS::EC2::SecurityGroup
    Condition: IsProd
    Properties:
      GroupDescription: prod only
`;

const NO_INPUTS: EvaluationInputs = { defaults: 'assume' };

describe('CloudFormation evaluation', () => {
  const template = templateOf(TEMPLATE);

  it('resolves parameters from defaults with their type and provenance', () => {
    const p = resolveParameters(FILE, template, NO_INPUTS);
    assert.equal(p.get('SSHLocation')!.value, '0.0.0.0/0');
    assert.equal(p.get('SSHLocation')!.via!.kind, 'parameter-default');
    assert.equal(at(TEMPLATE, p.get('SSHLocation')!.via!.ref), '0.0.0.0/0');
    assert.equal(p.get('Port')!.value, 22);
    assert.deepEqual(p.get('Subnets')!.value, ['a', 'b']);
    assert.deepEqual(p.get('Sizes')!.value, [1, 2]);
    const ami = p.get('Ami')!.value;
    assert.ok(ami instanceof Unknown);
    assert.deepEqual(ami.ref, { kind: 'parameter', name: 'Ami', source: 'ssm' });
    const env = p.get('Env')!.value;
    assert.ok(env instanceof Unknown);
    assert.equal(env.describe(), 'depends on parameter Env, one of dev, prod');
    assert.deepEqual(p.get('Env')!.allowed, ['dev', 'prod']);
    // A NoEcho value is known but never shown.
    assert.equal(p.get('Secret')!.value, 'hunter2');
    assert.equal(p.get('Secret')!.via!.value, '****');
  });

  it('turns defaults off with defaults: unknown, and lets given values win', () => {
    const off = resolveParameters(FILE, template, { defaults: 'unknown' });
    const ssh = off.get('SSHLocation')!.value;
    assert.ok(ssh instanceof Unknown);
    assert.equal(ssh.detail, 'parameter SSHLocation (defaults are not assumed)');
    const ref = { file: 'p.json', span: { start: 0, end: 1 } };
    const given = resolveParameters(FILE, template, { defaults: 'assume', cfnParameters: new Map([['Port', { value: '3389', ref, origin: 'parameter-file' as const }]]) });
    assert.equal(given.get('Port')!.value, 3389);
    assert.equal(given.get('Port')!.via!.kind, 'parameter-file');
    const bad = resolveParameters(FILE, template, { defaults: 'assume', cfnParameters: new Map([['Port', { value: 'ssh', ref, origin: 'parameter-file' as const }]]) });
    assert.ok(bad.get('Port')!.value instanceof Unknown);
  });

  it('evaluates conditions, Fn::If and Fn::Sub from parameter values, with via on the attribute', () => {
    const m = buildCloudFormationModel(FILE, template, 'yaml');
    const sg = m.aws.securityGroups.find((g) => g.address === 'Sg')!;
    const rule = sg.ingress[0]!;
    assert.deepEqual(rule.cidrs, ['0.0.0.0/0']);
    assert.equal(rule.cidrsRef.via?.[0]?.name, 'parameter SSHLocation');
    assert.equal(rule.fromPort.value, 22);
    assert.equal(rule.fromPort.via?.[0]?.name, 'parameter Port');
  });

  it('does not create a resource whose condition is false; marks one whose condition is unknown', () => {
    const m = buildCloudFormationModel(FILE, template, 'yaml');
    const ids = m.aws.securityGroups.map((g) => g.address);
    assert.ok(!ids.includes('Gone'));
    assert.ok(ids.includes('Maybe'));
    assert.deepEqual(m.conditional?.get('Maybe')?.ref, { kind: 'condition', name: 'IsProd' });
    const prod = buildCloudFormationModel(FILE, template, 'yaml', { defaults: 'assume', cfnParameters: new Map([['Env', { value: 'dev', ref: { file: 'x', span: { start: 0, end: 0 } }, origin: 'cli-var' as const }]]) });
    assert.ok(!prod.aws.securityGroups.some((g) => g.address === 'Maybe'));
    assert.equal(prod.conditional, undefined);
  });

  it('removes a property set to AWS::NoValue and reports a condition cycle without hanging', () => {
    const text = `Parameters:
  Key: { Type: String, Default: "" }
Conditions:
  HasKey: !Not [!Equals [!Ref Key, ""]]
  A: !Condition B
  B: !Condition A
Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      KMSKeyId: !If [HasKey, !Ref Key, !Ref AWS::NoValue]
      IsMultiRegionTrail: !If [A, true, false]
`;
    const m = buildCloudFormationModel(FILE, templateOf(text), 'yaml');
    const trail = m.aws.cloudTrails[0]!;
    assert.equal(trail.kmsKeyId.present, false);
    const multi = trail.isMultiRegion.value;
    assert.ok(multi instanceof Unknown);
    assert.equal(multi.ref.kind, 'cycle');
  });

  it('keeps the known parts of a partly unknown string', () => {
    const text = `Parameters:
  Bucket: { Type: String, Default: logs }
Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: !Sub 'arn:\${AWS::Partition}:s3:::\${Bucket}/*'
`;
    const m = buildCloudFormationModel(FILE, templateOf(text), 'yaml');
    const doc = m.aws.iamPolicies[0]!.document.raw as { Statement: { Resource: unknown }[] };
    const r = doc.Statement[0]!.Resource;
    assert.ok(r instanceof Unknown);
    assert.equal(r.text, 'arn:${AWS::Partition}:s3:::logs/*');
    assert.deepEqual(r.ref, { kind: 'pseudo', name: 'AWS::Partition' });
  });

  it('reads parameter files in the AWS CLI, CodePipeline and plain shapes', () => {
    const cli = parameterFileValues('a.json', '[{"ParameterKey": "Port", "ParameterValue": "2222"}, {"ParameterKey": "Env", "UsePreviousValue": true}]');
    assert.deepEqual(cli.problems, []);
    assert.equal(cli.values.get('Port')!.value, '2222');
    assert.equal(cli.values.has('Env'), false);
    const pipeline = parameterFileValues('b.json', '{"Parameters": {"Env": "prod"}, "Tags": {"team": "x"}}');
    assert.deepEqual([...pipeline.values.keys()], ['Env']);
    const plain = parameterFileValues('c.json', '{"Env": "prod", "Port": 22}');
    assert.equal(plain.values.get('Port')!.value, 22);
    assert.equal(parameterFileValues('d.json', '{"Env": ["a"]}').problems.length, 1);
    assert.ok(parameterFileValues('e.json', '{"Env": ').problems.length > 0);
  });
});
