// SPDX-License-Identifier: Apache-2.0
// AWS::S3::Bucket → S3Bucket: properties, CloudFormation defaults, refs, fix locations, the bucket policy
// join and where a new policy would go.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Unknown } from '../../../../server/src/core/value';
import { isKnown } from '../../../../server/src/model/attr';
import { at, FILE, modelOf } from './helpers';

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  KeyArn:
    Type: String
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-logs
      AccessControl: LogDeliveryWrite
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: 'true'
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !Ref KeyArn
      VersioningConfiguration:
        Status: Enabled
      LoggingConfiguration:
        DestinationBucketName: !Ref Audit
  Audit:
    Type: AWS::S3::Bucket
  LogsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Logs
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: DenyHttp
            Effect: Deny
            Principal: '*'
            Action: s3:*
            Resource: !Sub '\${Logs.Arn}/*'
            Condition:
              Bool:
                aws:SecureTransport: 'false'
          - Effect: Allow
            Principal: { AWS: !Ref AWS::AccountId }
            Action: [s3:GetObject]
            Resource: '*'
`;

describe('CloudFormation adapter: S3 buckets', () => {
  const model = modelOf(TEMPLATE);
  const [logs, audit] = model.aws.s3Buckets;
  assert.ok(logs && audit);

  it('identifies the bucket by logical id, with the key as its ref and the resource as target', () => {
    assert.equal(logs.address, 'Logs');
    assert.equal(logs.platform, 'cloudformation');
    assert.equal(logs.sourceType, 'AWS::S3::Bucket');
    assert.equal(logs.ref.file, FILE);
    assert.equal(at(TEMPLATE, logs.ref), 'Logs');
    assert.equal(logs.target.platform, 'cloudformation');
    assert.ok(logs.target.kind === 'resource' && logs.target.resource.logicalId === 'Logs');
  });

  it('reads written properties with their value spans and locations', () => {
    assert.equal(logs.name.value, 'acme-logs');
    assert.equal(at(TEMPLATE, logs.name.ref), 'acme-logs');
    assert.equal(logs.acl.value, 'LogDeliveryWrite');
    assert.deepEqual(logs.acl.location?.path, ['AccessControl']);
    assert.equal(logs.versioning.enabled.value, true);
    assert.equal(at(TEMPLATE, logs.versioning.enabled.ref), 'Enabled');
  });

  it('reads the public access block, coercing "true" strings and defaulting the rest to false', () => {
    const pab = logs.publicAccessBlock;
    assert.equal(pab.exists, true);
    assert.equal(at(TEMPLATE, pab.ref), 'PublicAccessBlockConfiguration');
    assert.equal(pab.blockPublicAcls.value, true);
    assert.equal(pab.blockPublicPolicy.value, true);
    assert.equal(pab.blockPublicPolicy.raw, 'true');
    assert.equal(pab.ignorePublicAcls.present, false);
    assert.equal(pab.ignorePublicAcls.value, false);
    // Absent: the finding goes to the bucket's logical id, the fix writes into the existing map.
    assert.equal(at(TEMPLATE, pab.ignorePublicAcls.ref), 'Logs');
    assert.deepEqual(pab.ignorePublicAcls.location?.path, ['PublicAccessBlockConfiguration', 'IgnorePublicAcls']);
    assert.equal(pab.ignorePublicAcls.location?.target, logs.target);
  });

  it('reads encryption through the list, keeping the parameter unknown', () => {
    const enc = logs.encryption;
    assert.equal(enc.exists, true);
    assert.equal(enc.algorithm.value, 'aws:kms');
    assert.deepEqual(enc.algorithm.location?.path, ['BucketEncryption', 'ServerSideEncryptionConfiguration', '0', 'ServerSideEncryptionByDefault', 'SSEAlgorithm']);
    const key = enc.kmsKeyId.value;
    assert.ok(key instanceof Unknown);
    assert.equal(key.describe(), 'depends on parameter KeyArn');
    assert.equal(at(TEMPLATE, enc.kmsKeyId.ref), '!Ref KeyArn');
  });

  it('gives an unconfigured bucket absent settings with defaults and locations that create them', () => {
    assert.equal(audit.publicAccessBlock.exists, false);
    assert.equal(at(TEMPLATE, audit.publicAccessBlock.ref), 'Audit');
    assert.equal(audit.publicAccessBlock.restrictPublicBuckets.value, false);
    assert.equal(audit.encryption.exists, false);
    assert.equal(audit.encryption.algorithm.present, false);
    assert.equal(audit.encryption.algorithm.value, undefined);
    assert.ok(audit.encryption.algorithm.location);
    assert.equal(audit.versioning.enabled.present, false);
    assert.deepEqual(audit.versioning.enabled.location?.path, ['VersioningConfiguration', 'Status']);
    assert.equal(audit.versioning.mfaDelete.location, null);
    assert.equal(audit.logging.targetBucket.present, false);
    assert.equal(audit.logging.targetBucket.value, undefined);
    assert.equal(audit.name.present, false);
  });

  it('logs into the bucket itself when LoggingConfiguration names no destination', () => {
    const m = modelOf('Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: b1\n      LoggingConfiguration: {}\n');
    const t = m.aws.s3Buckets[0]!.logging.targetBucket;
    assert.equal(t.present, false);
    assert.equal(t.value, 'b1');
  });

  it('joins the bucket policy by Ref, with one ref per statement', () => {
    assert.equal(audit.policy, null);
    const policy = logs.policy;
    assert.ok(policy);
    assert.equal(at(TEMPLATE, policy.ref), 'LogsPolicy');
    const doc = policy.document;
    assert.ok(isKnown(doc));
    assert.equal(doc.value.statements.length, 2);
    const [deny, allow] = doc.value.statements;
    assert.equal(deny!.sid, 'DenyHttp');
    assert.equal(deny!.effect, 'Deny');
    assert.deepEqual(deny!.actions, ['s3:*']);
    assert.ok(deny!.resources[0] instanceof Unknown);
    assert.deepEqual(deny!.conditions, [{ operator: 'Bool', key: 'aws:SecureTransport', values: ['false'] }]);
    assert.ok(at(TEMPLATE, deny!.ref).startsWith('Sid: DenyHttp'));
    assert.ok(at(TEMPLATE, allow!.ref).startsWith('Effect: Allow'));
    assert.ok(allow!.principals[0]!.values[0] instanceof Unknown);
    assert.deepEqual(doc.location?.path, ['PolicyDocument']);
    assert.ok(doc.location?.target.kind === 'resource' && doc.location.target.resource.logicalId === 'LogsPolicy');
  });

  it('joins a bucket policy that names the bucket literally', () => {
    const m = modelOf(
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: b1\n  P:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: b1\n      PolicyDocument: { Statement: [] }\n',
    );
    const policy = m.aws.s3Buckets[0]!.policy;
    assert.ok(policy);
    assert.deepEqual(policy.document.value, { statements: [] });
  });

  it('joins a bucket policy that names the bucket with the same expression', () => {
    const text = `Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${App}-logs-\${AWS::AccountId}'
  Other:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${App}-other-\${AWS::AccountId}'
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: { "Fn::Sub": '\${App}-logs-\${AWS::AccountId}' }
      PolicyDocument: { Statement: [] }
`;
    const m = modelOf(text);
    assert.equal(at(text, m.aws.s3Buckets[0]!.policy!.ref), 'P');
    assert.equal(m.aws.s3Buckets[0]!.policy?.document.present, true);
    assert.equal(m.aws.s3Buckets[1]!.policy, null);
  });

  it('targets a new policy resource after the bucket, not clashing with existing ids', () => {
    const t = audit.newPolicyTarget;
    assert.ok(t.kind === 'new-resource' && t.platform === 'cloudformation');
    assert.equal(t.logicalId, 'AuditPolicy');
    assert.equal(t.resourceType, 'AWS::S3::BucketPolicy');
    assert.equal(t.after.logicalId, 'Audit');
    assert.deepEqual(t.preamble, [['Bucket', { kind: 'reference', terraform: '', cloudformation: { ref: 'Audit' } }]]);
    const taken = logs.newPolicyTarget;
    assert.ok(taken.kind === 'new-resource' && taken.platform === 'cloudformation');
    assert.equal(taken.logicalId, 'LogsPolicy2');
  });

  it('reads values behind a condition as unknown, with no location to write through', () => {
    const m = modelOf(`Conditions:
  IsProd: !Equals [!Ref Env, prod]
Parameters:
  Env: { Type: String }
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: !If
        - IsProd
        - { BlockPublicAcls: true }
        - !Ref AWS::NoValue
      VersioningConfiguration:
        Status: !If [IsProd, Enabled, Enabled]
`);
    const b = m.aws.s3Buckets[0]!;
    const acls = b.publicAccessBlock.blockPublicAcls;
    assert.ok(acls.value instanceof Unknown);
    assert.equal(acls.value.describe(), 'depends on condition IsProd, which depends on parameter Env');
    assert.equal(acls.location, null);
    assert.equal(b.versioning.enabled.value, true);
  });
});
