// SPDX-License-Identifier: Apache-2.0
// Fn::If on conditions only the deployment decides: the template is judged per scenario and a finding holds
// only where a violating branch exists, naming the condition; AWS::NoValue in a branch is an absent
// property. Built from the bucket of aws-cloudformation-templates' VPCFlowLogsS3.cfn.yaml (without the
// flow log that makes it a log bucket). The scenario budget: test/hostile/evaluation-limits.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../support/fixture-runner';

const FLOW_LOGS_BUCKET = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  S3AccessLogsBucketName:
    Type: String
  VPCFlowLogsBucketKMSKey:
    Type: String
  VPCFlowLogsBucketKeyEnabled:
    Type: String
    AllowedValues: [true, false]
    Default: false
Conditions:
  S3AccessLogsCondition: !Not [!Equals [!Ref S3AccessLogsBucketName, ""]]
  VPCFlowLogsBucketKMSKeyCondition: !Not [!Equals [!Ref VPCFlowLogsBucketKMSKey, ""]]
Resources:
  VPCFlowLogsBucket:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !If
                - VPCFlowLogsBucketKMSKeyCondition
                - aws:kms
                - AES256
              KMSMasterKeyID: !If
                - VPCFlowLogsBucketKMSKeyCondition
                - !Ref VPCFlowLogsBucketKMSKey
                - !Ref AWS::NoValue
            BucketKeyEnabled: !If
              - VPCFlowLogsBucketKMSKeyCondition
              - !Ref VPCFlowLogsBucketKeyEnabled
              - !Ref AWS::NoValue
      LoggingConfiguration: !If
        - S3AccessLogsCondition
        - DestinationBucketName: !Ref S3AccessLogsBucketName
        - !Ref AWS::NoValue
      VersioningConfiguration:
        Status: Enabled
`;

void describe('CloudFormation scenarios (Fn::If on an unknown condition)', () => {
  void it('VPCFlowLogsS3 bucket: no access logging only when S3AccessLogsCondition is false; encryption decided both ways', () => {
    const a = analyzeText('/t/template.yaml', FLOW_LOGS_BUCKET);
    const logging = a.findings.filter((f) => f.ruleId === 'AWS-S3-007');
    assert.equal(logging.length, 1, logging.map((f) => f.message).join('\n'));
    assert.equal(logging[0]!.kind, 'violation');
    assert.match(logging[0]!.message, /\(when condition S3AccessLogsCondition is false\)\.$/);
    assert.deepEqual(logging[0]!.when, [[{ condition: 'S3AccessLogsCondition', value: false }]]);
    // aws:kms or AES256: encrypted either way, nothing to say about S3-002.
    assert.deepEqual(a.findings.filter((f) => f.ruleId === 'AWS-S3-002').map((f) => f.message), []);
    assert.deepEqual(a.findings.filter((f) => f.kind === 'unverifiable' && f.unknown?.kind === 'condition').map((f) => f.message), []);
  });

  void it('a condition that the key is not empty, forced true, decides a KMS key set from a parameter', () => {
    const text = `Parameters:\n  Key:\n    Type: String\nConditions:\n  HasKey: !Not [!Equals [!Ref Key, ""]]\nResources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: 400\n      KmsKeyId: !If [HasKey, !Ref Key, !Ref AWS::NoValue]\n`;
    const logs = analyzeText('/t/template.yaml', text).findings.filter((f) => f.ruleId === 'AWS-LOGS-001');
    assert.deepEqual(logs.map((f) => `${f.kind}: ${f.message}`), ['violation: The log group does not encrypt its events with a customer-managed KMS key (when condition HasKey is false).']);
  });

  void it('a finding in every scenario is reported once, without a condition', () => {
    const text = FLOW_LOGS_BUCKET.replace('      VersioningConfiguration:\n        Status: Enabled\n', '');
    const versioning = analyzeText('/t/template.yaml', text).findings.filter((f) => f.ruleId === 'AWS-S3-004' || /versioning/i.test(f.message));
    assert.ok(versioning.length >= 1);
    for (const f of versioning) {
      assert.equal(f.when, undefined, f.message);
      assert.doesNotMatch(f.message, /when condition/);
    }
  });

});
