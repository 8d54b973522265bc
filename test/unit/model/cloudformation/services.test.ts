// SPDX-License-Identifier: Apache-2.0
// CloudTrail, KMS, RDS, EBS, launch templates, VPCs and flow logs: properties, CloudFormation defaults,
// unknowns from parameters, and the flow log join.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Unknown } from '../../../../server/src/core/value';
import { at, modelOf } from './helpers';

const TEMPLATE = `Parameters:
  MultiRegion:
    Type: String
    AllowedValues: ['true', 'false']
Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: !Ref TrailBucket
      IsMultiRegionTrail: !Ref MultiRegion
      KMSKeyId: alias/trail
  BareTrail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: logs
      EnableLogFileValidation: false
      CloudWatchLogsLogGroupArn: !GetAtt Group.Arn
  Key:
    Type: AWS::KMS::Key
  SigningKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeySpec: RSA_2048
      KeyUsage: SIGN_VERIFY
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      StorageEncrypted: true
      PubliclyAccessible: "false"
  AuroraMember:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-postgresql
      DBClusterIdentifier: !Ref Cluster
  Disk:
    Type: AWS::EC2::Volume
    Properties:
      Size: 10
      AvailabilityZone: us-east-1a
  Template:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        MetadataOptions:
          HttpTokens: required
  BareTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        InstanceType: t3.micro
  Instance:
    Type: AWS::EC2::Instance
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  OtherVpc:
    Type: AWS::EC2::VPC
  VpcFlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: REJECT
  SubnetFlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: Subnet
      TrafficType: ALL
`;

describe('CloudFormation adapter: other services', () => {
  const { aws } = modelOf(TEMPLATE);

  it('reads CloudTrail trails with false defaults and unknown parameters', () => {
    const [trail, bare] = aws.cloudTrails;
    assert.ok(trail && bare);
    const multi = trail.isMultiRegion.value;
    assert.ok(multi instanceof Unknown);
    assert.equal(multi.describe(), 'depends on parameter MultiRegion, one of true, false');
    assert.deepEqual(multi.ref, { kind: 'parameter', name: 'MultiRegion' });
    assert.equal(trail.logFileValidation.present, false);
    assert.equal(trail.logFileValidation.value, false);
    assert.equal(at(TEMPLATE, trail.logFileValidation.ref), 'Trail');
    assert.deepEqual(trail.logFileValidation.location?.path, ['EnableLogFileValidation']);
    assert.equal(trail.kmsKeyId.value, 'alias/trail');
    assert.ok(trail.s3BucketName.value instanceof Unknown);
    assert.equal(bare.isMultiRegion.value, false);
    assert.equal(bare.logFileValidation.present, true);
    assert.equal(bare.logFileValidation.value, false);
    assert.equal(bare.kmsKeyId.present, false);
    assert.equal(bare.s3BucketName.value, 'logs');
    assert.equal((bare.cloudWatchLogsGroupArn.value as Unknown).detail, 'the attribute Group.Arn');
  });

  it('reads KMS keys with the service defaults', () => {
    const [key, signing] = aws.kmsKeys;
    assert.ok(key && signing);
    assert.equal(key.rotationEnabled.value, false);
    assert.equal(key.keySpec.value, 'SYMMETRIC_DEFAULT');
    assert.equal(key.keyUsage.value, 'ENCRYPT_DECRYPT');
    assert.equal(key.keySpec.present, false);
    assert.equal(signing.rotationEnabled.value, true);
    assert.equal(signing.keySpec.value, 'RSA_2048');
    assert.equal(signing.keyUsage.value, 'SIGN_VERIFY');
  });

  it('reads RDS instances', () => {
    const [db, member] = aws.rdsInstances;
    assert.ok(db && member);
    assert.equal(db.storageEncrypted.value, true);
    assert.equal(db.publiclyAccessible.value, false);
    assert.equal(db.publiclyAccessible.present, true);
    assert.equal(db.engine.value, 'postgres');
    assert.equal(member.storageEncrypted.value, false);
    assert.equal(member.publiclyAccessible.present, false);
    assert.ok(member.clusterIdentifier.value instanceof Unknown);
  });

  it('reads EBS volumes, unencrypted by default', () => {
    const [disk] = aws.ebsVolumes;
    assert.ok(disk);
    assert.equal(disk.address, 'Disk');
    assert.equal(disk.encrypted.value, false);
    assert.deepEqual(disk.encrypted.location?.path, ['Encrypted']);
    assert.equal(disk.kmsKeyId.present, false);
  });

  it('reads launch templates and instances (without a launch template) as InstanceLike', () => {
    assert.deepEqual(aws.instances.map((i) => i.address), ['Template', 'BareTemplate', 'Instance']);
    const instance = aws.instances[2]!;
    assert.equal(instance.httpTokens.value, 'optional');
    assert.deepEqual(instance.httpTokens.location?.path, ['MetadataOptions', 'HttpTokens']);
    const [lt, bare] = aws.instances;
    assert.equal(lt!.httpTokens.value, 'required');
    assert.equal(lt!.httpEndpoint.value, 'enabled');
    assert.equal(bare!.httpTokens.value, 'optional');
    assert.equal(bare!.httpTokens.present, false);
    assert.deepEqual(bare!.httpTokens.location?.path, ['LaunchTemplateData', 'MetadataOptions', 'HttpTokens']);
  });

  it('joins VPC flow logs by Ref and ResourceType VPC', () => {
    const [vpc, other] = aws.vpcs;
    assert.ok(vpc && other);
    assert.deepEqual(vpc.flowLogs.map((f) => f.address), ['VpcFlowLog']);
    assert.equal(vpc.flowLogs[0]!.trafficType.value, 'REJECT');
    assert.equal(vpc.flowLogs[0]!.sourceType, 'AWS::EC2::FlowLog');
    assert.deepEqual(other.flowLogs, []);
  });

  it('targets a new flow log after the VPC, with its reference, type and traffic', () => {
    const t = aws.vpcs[1]!.newFlowLogTarget;
    assert.ok(t.platform === 'cloudformation' && t.kind === 'new-resource');
    assert.equal(t.logicalId, 'OtherVpcFlowLog');
    assert.equal(t.after.logicalId, 'OtherVpc');
    assert.equal(t.resourceType, 'AWS::EC2::FlowLog');
    assert.deepEqual(t.preamble, [
      ['ResourceId', { kind: 'reference', terraform: '', cloudformation: { ref: 'OtherVpc' } }],
      ['ResourceType', { kind: 'literal', value: 'VPC' }],
      ['TrafficType', { kind: 'literal', value: 'ALL' }],
    ]);
    const taken = aws.vpcs[0]!.newFlowLogTarget;
    assert.ok(taken.platform === 'cloudformation' && taken.kind === 'new-resource');
    assert.equal(taken.logicalId, 'VpcFlowLog2');
  });
});
