// SPDX-License-Identifier: Apache-2.0
// cfnEdits: fix operations → text edits on CloudFormation YAML and JSON. Every case applies the edits,
// re-parses the result (no diagnostics), reads the value back through the adapter, and checks that
// applying the same ops again changes nothing; several cases pin the exact text to check the layout.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCloudFormation } from '../../../server/src/parsers/cfn';
import { buildCloudFormationModel } from '../../../server/src/model/adapters/cloudformation';
import type { CloudModel } from '../../../server/src/model/model';
import { isKnown } from '../../../server/src/model/attr';
import type { Attr } from '../../../server/src/model/attr';
import { Unknown } from '../../../server/src/core/value';
import type { AttrLocation, FixValue } from '../../../server/src/model/edit-target';
import { lit, list, obj } from '../../../server/src/model/edit-target';
import type { FixOp } from '../../../server/src/engine/rule-api';
import { cfnEdits, planCfnEdits } from '../../../server/src/fixes/cfn-edits';
import { applyEdits } from '../../../server/src/fixes/text-edit';
import type { TextEdit } from '../../../server/src/fixes/text-edit';

type Lang = 'yaml' | 'json';

function model(text: string, lang: Lang): CloudModel {
  const parsed = parseCloudFormation(text, lang);
  assert.deepEqual(parsed.diagnostics, [], `diagnostics in:\n${text}`);
  assert.ok(parsed.template);
  return buildCloudFormationModel('t', parsed.template, lang);
}

function editsFor(text: string, lang: Lang, ops: FixOp[]): TextEdit[] {
  const parsed = parseCloudFormation(text, lang);
  assert.ok(parsed.template);
  const plan = planCfnEdits(text, parsed.template, lang, ops);
  assert.deepEqual(plan.problems, []);
  return plan.edits;
}

/**
 * Applies the ops made from the text's model; checks the result parses cleanly and that the same ops on
 * the result make no edit. Returns the new text and its model.
 */
function fix(text: string, lang: Lang, makeOps: (m: CloudModel) => FixOp[]): { out: string; after: CloudModel; edits: TextEdit[] } {
  const ops = makeOps(model(text, lang));
  const edits = editsFor(text, lang, ops);
  assert.ok(edits.length > 0, 'expected edits');
  const out = applyEdits(text, edits);
  const after = model(out, lang);
  assert.deepEqual(editsFor(out, lang, ops), [], `not idempotent:\n${out}`);
  return { out, after, edits };
}

function set(attr: Attr<unknown>, value: FixValue): FixOp {
  assert.ok(attr.location, 'the attribute has no location');
  return { op: 'set', location: attr.location, value };
}

function setAt(location: AttrLocation | null, value: FixValue): FixOp {
  assert.ok(location);
  return { op: 'set', location, value };
}

const ref = (name: string): FixValue => ({ kind: 'reference', terraform: '', cloudformation: { ref: name } });
const getAtt = (a: string, b: string): FixValue => ({ kind: 'reference', terraform: '', cloudformation: { getAtt: [a, b] } });
const placeholder = (name: string, description: string): FixValue => ({ kind: 'placeholder', name, description });

const BUCKET_YAML = `AWSTemplateFormatVersion: '2010-09-09'
Description: Logs
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-logs
      Tags:
        - Key: team
          Value: core
  Other:
    Type: AWS::SNS::Topic
`;

describe('cfnEdits: YAML', () => {
  it('creates a missing map with all its values in one edit, indented like the template', () => {
    const { out, after, edits } = fix(BUCKET_YAML, 'yaml', (m) => {
      const pab = m.aws.s3Buckets[0]!.publicAccessBlock;
      return [set(pab.blockPublicAcls, lit(true)), set(pab.blockPublicPolicy, lit(true)), set(pab.ignorePublicAcls, lit(true)), set(pab.restrictPublicBuckets, lit(true))];
    });
    assert.equal(edits.length, 1);
    assert.equal(
      out,
      BUCKET_YAML.replace(
        '          Value: core\n',
        '          Value: core\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n',
      ),
    );
    const pab = after.aws.s3Buckets[0]!.publicAccessBlock;
    assert.equal(pab.exists, true);
    assert.deepEqual([pab.blockPublicAcls.value, pab.blockPublicPolicy.value, pab.ignorePublicAcls.value, pab.restrictPublicBuckets.value], [true, true, true, true]);
  });

  it('replaces an existing value in place and adds missing keys to an existing map', () => {
    const text = BUCKET_YAML.replace('      BucketName: acme-logs\n', '      BucketName: acme-logs\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: false # was open\n');
    const { out } = fix(text, 'yaml', (m) => {
      const pab = m.aws.s3Buckets[0]!.publicAccessBlock;
      return [set(pab.blockPublicAcls, lit(true)), set(pab.ignorePublicAcls, lit(true))];
    });
    assert.ok(out.includes('      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true # was open\n        IgnorePublicAcls: true\n      Tags:\n'), out);
  });

  it('creates Properties when the resource has none', () => {
    const text = 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n';
    const { out, after } = fix(text, 'yaml', (m) => [set(m.aws.kmsKeys[0]!.rotationEnabled, lit(true))]);
    assert.equal(out, 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: true\n');
    assert.equal(after.aws.kmsKeys[0]!.rotationEnabled.value, true);
  });

  it('fills an empty value, keeping a comment on its line', () => {
    const text = 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:   # todo\n  Disk:\n    Type: AWS::EC2::Volume\n    Properties:\n      Encrypted:\n';
    const { out } = fix(text, 'yaml', (m) => [set(m.aws.kmsKeys[0]!.rotationEnabled, lit(true)), set(m.aws.ebsVolumes[0]!.encrypted, lit(true))]);
    assert.equal(
      out,
      'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:   # todo\n      EnableKeyRotation: true\n  Disk:\n    Type: AWS::EC2::Volume\n    Properties:\n      Encrypted: true\n',
    );
  });

  it('creates a list with its one item from a numeric path segment', () => {
    const { out, after } = fix(BUCKET_YAML, 'yaml', (m) => {
      const enc = m.aws.s3Buckets[0]!.encryption;
      return [set(enc.algorithm, lit('aws:kms')), set(enc.kmsKeyId, getAtt('Key', 'Arn'))];
    });
    assert.ok(
      out.includes(
        '      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n              KMSMasterKeyID: !GetAtt [Key, Arn]\n  Other:',
      ),
      out,
    );
    const enc = after.aws.s3Buckets[0]!.encryption;
    assert.equal(enc.algorithm.value, 'aws:kms');
    assert.equal(enc.kmsKeyId.present, true);
  });

  it('writes into an existing list item', () => {
    const text = `Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
            BucketKeyEnabled: true
`;
    const { out } = fix(text, 'yaml', (m) => {
      const enc = m.aws.s3Buckets[0]!.encryption;
      return [set(enc.algorithm, lit('aws:kms')), set(enc.kmsKeyId, ref('KeyArn'))];
    });
    assert.equal(out, text.replace('SSEAlgorithm: AES256\n', 'SSEAlgorithm: aws:kms\n              KMSMasterKeyID: !Ref KeyArn\n'));
  });

  it('follows a four-space template with unindented sequences', () => {
    const text = `Resources:
    Bucket:
        Type: AWS::S3::Bucket
        Properties:
            Tags:
            - Key: a
              Value: b
`;
    const { out } = fix(text, 'yaml', (m) => [set(m.aws.s3Buckets[0]!.encryption.algorithm, lit('AES256'))]);
    assert.equal(
      out,
      text +
        '            BucketEncryption:\n                ServerSideEncryptionConfiguration:\n                - ServerSideEncryptionByDefault:\n                      SSEAlgorithm: AES256\n',
    );
  });

  it('adds to a flow map on its line', () => {
    const text = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration: { BlockPublicAcls: true }\n';
    const { out } = fix(text, 'yaml', (m) => {
      const pab = m.aws.s3Buckets[0]!.publicAccessBlock;
      return [set(pab.blockPublicAcls, lit(true)), set(pab.blockPublicPolicy, lit(true)), set(pab.ignorePublicAcls, lit(true))];
    });
    assert.equal(out, text.replace('{ BlockPublicAcls: true }', '{ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true }'));
  });

  it('spells versioning as Enabled', () => {
    const { out, after } = fix(BUCKET_YAML, 'yaml', (m) => [set(m.aws.s3Buckets[0]!.versioning.enabled, lit(true))]);
    assert.ok(out.includes('      VersioningConfiguration:\n        Status: Enabled\n'), out);
    assert.equal(after.aws.s3Buckets[0]!.versioning.enabled.value, true);
  });

  it('quotes strings YAML would read as something else', () => {
    const text = 'Resources:\n  T:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n';
    const { out, after } = fix(text, 'yaml', (m) => {
      const t = m.aws.cloudTrails[0]!;
      return [set(t.s3BucketName, lit('yes')), set(t.kmsKeyId, lit('1234')), set(t.cloudWatchLogsGroupArn, lit('arn:aws:logs:*: x #y'))];
    });
    assert.ok(out.endsWith('      S3BucketName: "yes"\n      KMSKeyId: "1234"\n      CloudWatchLogsLogGroupArn: "arn:aws:logs:*: x #y"\n'), out);
    const t = after.aws.cloudTrails[0]!;
    assert.deepEqual([t.s3BucketName.value, t.kmsKeyId.value, t.cloudWatchLogsGroupArn.value], ['yes', '1234', 'arn:aws:logs:*: x #y']);
  });

  it('declares a placeholder as a parameter after Description and refers to it', () => {
    const { out, after } = fix(BUCKET_YAML, 'yaml', (m) => {
      const enc = m.aws.s3Buckets[0]!.encryption;
      return [set(enc.algorithm, lit('aws:kms')), set(enc.kmsKeyId, placeholder('LogsKeyArn', 'ARN of the KMS key for the logs bucket'))];
    });
    assert.ok(
      out.startsWith(
        "AWSTemplateFormatVersion: '2010-09-09'\nDescription: Logs\nParameters:\n  LogsKeyArn:\n    Type: String\n    Description: ARN of the KMS key for the logs bucket\nResources:\n",
      ),
      out,
    );
    assert.ok(out.includes('KMSMasterKeyID: !Ref LogsKeyArn\n'));
    const key = after.aws.s3Buckets[0]!.encryption.kmsKeyId.value;
    assert.ok(key instanceof Unknown);
    assert.equal(key.detail, 'parameter LogsKeyArn');
  });

  it('adds a placeholder to an existing Parameters section, once, and reuses a declared one', () => {
    const text = `Parameters:
  Env:
    Type: String
  Existing:
    Type: String
Resources:
  T:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
`;
    const { out } = fix(text, 'yaml', (m) => {
      const t = m.aws.cloudTrails[0]!;
      return [
        set(t.kmsKeyId, placeholder('TrailKey', 'KMS key')),
        set(t.s3BucketName, placeholder('Existing', 'ignored')),
        set(t.cloudWatchLogsGroupArn, placeholder('TrailKey', 'KMS key')),
      ];
    });
    assert.equal(
      out,
      `Parameters:
  Env:
    Type: String
  Existing:
    Type: String
  TrailKey:
    Type: String
    Description: KMS key
Resources:
  T:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      KMSKeyId: !Ref TrailKey
      S3BucketName: !Ref Existing
      CloudWatchLogsLogGroupArn: !Ref TrailKey
`,
    );
  });

  it('creates a Parameters section at the top when the template has no header keys', () => {
    const text = 'Resources:\n  T:\n    Type: AWS::CloudTrail::Trail\n';
    const { out } = fix(text, 'yaml', (m) => [set(m.aws.cloudTrails[0]!.kmsKeyId, placeholder('K', 'key'))]);
    assert.equal(out, 'Parameters:\n  K:\n    Type: String\n    Description: key\nResources:\n  T:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      KMSKeyId: !Ref K\n');
  });

  it('creates a resource after the one it belongs to, with its preamble', () => {
    const text = `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Subnet:
    Type: AWS::EC2::Subnet
`;
    const { out, after } = fix(text, 'yaml', (m) => [
      { op: 'create', target: m.aws.vpcs[0]!.newFlowLogTarget, values: [[['LogDestinationType'], lit('s3')], [['LogDestination'], placeholder('FlowLogBucketArn', 'S3 bucket ARN')]] },
    ]);
    assert.equal(
      out,
      `Parameters:
  FlowLogBucketArn:
    Type: String
    Description: S3 bucket ARN
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  VpcFlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: !Ref FlowLogBucketArn
  Subnet:
    Type: AWS::EC2::Subnet
`,
    );
    assert.deepEqual(after.aws.vpcs[0]!.flowLogs.map((f) => f.trafficType.value), ['ALL']);
  });

  it('writes a JSON document map and a set on a new resource as one resource', () => {
    const { out, after } = fix(BUCKET_YAML, 'yaml', (m) => {
      const b = m.aws.s3Buckets[0]!;
      const doc: FixValue = {
        kind: 'jsonencode',
        value: obj(['Version', lit('2012-10-17')], ['Statement', list(obj(['Effect', lit('Deny')], ['Principal', lit('*')], ['Action', lit('s3:*')], ['Resource', list(getAtt('Logs', 'Arn'), { kind: 'reference', terraform: '', cloudformation: { sub: '${Logs.Arn}/*' } })]))]),
      };
      return [
        { op: 'create', target: b.newPolicyTarget, values: [[['PolicyDocument'], doc]] },
        setAt({ target: b.newPolicyTarget, path: ['PolicyDocument', 'Id'] }, lit('deny-http')),
      ];
    });
    assert.ok(
      out.includes(`          Value: core
  LogsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Logs
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: s3:*
            Resource:
              - !GetAtt [Logs, Arn]
              - !Sub "\${Logs.Arn}/*"
        Id: deny-http
  Other:
`),
      out,
    );
    const doc = after.aws.s3Buckets[0]!.policy?.document;
    assert.ok(doc && isKnown(doc));
    assert.equal(doc.value.statements[0]!.effect, 'Deny');
  });

  it('appends an item to an existing list', () => {
    const text = `Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
`;
    const { out, after } = fix(text, 'yaml', (m) => {
      const first = m.aws.securityGroups[0]!.ingress[0]!;
      const loc = first.protocol.location!;
      return [setAt({ target: loc.target, path: ['SecurityGroupIngress', '1'] }, obj(['IpProtocol', lit('tcp')], ['FromPort', lit(80)], ['ToPort', lit(80)], ['CidrIp', lit('10.0.0.0/8')]))];
    });
    assert.equal(out, text + '        - IpProtocol: tcp\n          FromPort: 80\n          ToPort: 80\n          CidrIp: 10.0.0.0/8\n');
    assert.equal(after.aws.securityGroups[0]!.ingress.length, 2);
  });

  it('replaces a function value', () => {
    const text = 'Resources:\n  K:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: !Ref Rotate\n';
    const { out } = fix(text, 'yaml', (m) => [set(m.aws.kmsKeys[0]!.rotationEnabled, lit(true))]);
    assert.equal(out, text.replace('!Ref Rotate', 'true'));
  });

  it('fills an empty list item and replaces a scalar item with a map', () => {
    const text = 'Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      SecurityGroupIngress:\n        -\n        - 22\n';
    const parsed = parseCloudFormation(text, 'yaml');
    const target = buildCloudFormationModel('t', parsed.template!, 'yaml').aws.securityGroups[0]!.target;
    const rule = (port: number): FixValue => obj(['IpProtocol', lit('tcp')], ['FromPort', lit(port)], ['ToPort', lit(port)]);
    const ops = [setAt({ target, path: ['SecurityGroupIngress', '0'] }, rule(443)), setAt({ target, path: ['SecurityGroupIngress', '1'] }, rule(22))];
    const out = applyEdits(text, editsFor(text, 'yaml', ops));
    assert.equal(
      out,
      'Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n',
    );
    assert.deepEqual(model(out, 'yaml').aws.securityGroups[0]!.ingress.map((r) => r.fromPort.value), [443, 22]);
    assert.deepEqual(editsFor(out, 'yaml', ops), []);
  });

  it('writes into a resource written as a flow map', () => {
    const text = 'Resources:\n  K: { Type: AWS::KMS::Key }\n  Other:\n    Type: AWS::SNS::Topic\n';
    const { out } = fix(text, 'yaml', (m) => [set(m.aws.kmsKeys[0]!.rotationEnabled, lit(true))]);
    assert.equal(out, text.replace('{ Type: AWS::KMS::Key }', '{ Type: AWS::KMS::Key, Properties: { EnableKeyRotation: true } }'));
  });

  it('keeps CRLF line endings', () => {
    const text = BUCKET_YAML.replace(/\n/g, '\r\n');
    const { out } = fix(text, 'yaml', (m) => [set(m.aws.s3Buckets[0]!.publicAccessBlock.blockPublicAcls, lit(true))]);
    assert.ok(!/[^\r]\n/.test(out), 'a bare LF was written');
    assert.ok(out.includes('core\r\n      PublicAccessBlockConfiguration:\r\n        BlockPublicAcls: true\r\n'));
  });

  it('makes no edit when the value is already written', () => {
    const text = BUCKET_YAML.replace('      BucketName: acme-logs\n', "      BucketName: acme-logs\n      VersioningConfiguration:\n        Status: Enabled\n      AccessControl: 'Private'\n");
    const m = model(text, 'yaml');
    const b = m.aws.s3Buckets[0]!;
    assert.deepEqual(editsFor(text, 'yaml', [set(b.versioning.enabled, lit(true)), set(b.acl, lit('Private')), set(b.name, lit('acme-logs'))]), []);
  });

  it('writes nothing when a path runs through a function, and says why', () => {
    const text = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration: !If [C, { BlockPublicAcls: false }, !Ref AWS::NoValue]\n';
    const parsed = parseCloudFormation(text, 'yaml');
    const b = buildCloudFormationModel('t', parsed.template!, 'yaml').aws.s3Buckets[0]!;
    assert.equal(b.publicAccessBlock.blockPublicAcls.location, null);
    const target = b.target;
    const ops: FixOp[] = [
      setAt({ target, path: ['PublicAccessBlockConfiguration', 'BlockPublicAcls'] }, lit(true)),
      setAt({ target, path: ['BucketName'] }, lit('x')),
    ];
    const plan = planCfnEdits(text, parsed.template!, 'yaml', ops);
    assert.equal(plan.problems.length, 1);
    assert.match(plan.problems[0]!, /Fn::If/);
    assert.deepEqual(cfnEdits(text, parsed.template!, 'yaml', ops), []);
  });

  it('ignores Terraform ops and, when told its file, ops for other files', () => {
    const parsed = parseCloudFormation(BUCKET_YAML, 'yaml');
    const b = buildCloudFormationModel('t', parsed.template!, 'yaml').aws.s3Buckets[0]!;
    const ops = [set(b.acl, lit('Private'))];
    assert.equal(cfnEdits(BUCKET_YAML, parsed.template!, 'yaml', ops, 'other.yaml').length, 0);
    assert.equal(cfnEdits(BUCKET_YAML, parsed.template!, 'yaml', ops, 't').length, 1);
  });
});

const BUCKET_JSON = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Logs",
  "Resources": {
    "Logs": {
      "Type": "AWS::S3::Bucket",
      "Properties": {
        "BucketName": "acme-logs",
        "Tags": [
          { "Key": "team", "Value": "core" }
        ]
      }
    },
    "Other": {
      "Type": "AWS::SNS::Topic"
    }
  }
}
`;

describe('cfnEdits: JSON', () => {
  it('creates a missing map after the last property, commas right', () => {
    const { out, edits, after } = fix(BUCKET_JSON, 'json', (m) => {
      const pab = m.aws.s3Buckets[0]!.publicAccessBlock;
      return [set(pab.blockPublicAcls, lit(true)), set(pab.restrictPublicBuckets, lit(true))];
    });
    assert.equal(edits.length, 1);
    assert.equal(
      out,
      BUCKET_JSON.replace(
        '        ]\n      }\n',
        '        ],\n        "PublicAccessBlockConfiguration": {\n          "BlockPublicAcls": true,\n          "RestrictPublicBuckets": true\n        }\n      }\n',
      ),
    );
    assert.equal(after.aws.s3Buckets[0]!.publicAccessBlock.restrictPublicBuckets.value, true);
  });

  it('replaces a value in place and makes no edit for one already written', () => {
    const text = BUCKET_JSON.replace('"BucketName": "acme-logs",', '"BucketName": "acme-logs",\n        "AccessControl": "PublicRead",\n        "VersioningConfiguration": { "Status": "Enabled" },');
    const { out } = fix(text, 'json', (m) => [set(m.aws.s3Buckets[0]!.acl, lit('Private'))]);
    assert.equal(out, text.replace('"PublicRead"', '"Private"'));
    const b = model(text, 'json').aws.s3Buckets[0]!;
    assert.deepEqual(editsFor(text, 'json', [set(b.versioning.enabled, lit(true)), set(b.name, lit('acme-logs'))]), []);
  });

  it('creates Properties, a list item and a nested map', () => {
    const text = '{\n  "Resources": {\n    "B": {\n      "Type": "AWS::S3::Bucket"\n    }\n  }\n}\n';
    const { out } = fix(text, 'json', (m) => [set(m.aws.s3Buckets[0]!.encryption.algorithm, lit('AES256'))]);
    assert.equal(
      out,
      `{
  "Resources": {
    "B": {
      "Type": "AWS::S3::Bucket",
      "Properties": {
        "BucketEncryption": {
          "ServerSideEncryptionConfiguration": [
            {
              "ServerSideEncryptionByDefault": {
                "SSEAlgorithm": "AES256"
              }
            }
          ]
        }
      }
    }
  }
}
`,
    );
  });

  it('adds a resource after its owner and a Parameters section after the header keys', () => {
    const { out } = fix(BUCKET_JSON.replace('"Type": "AWS::SNS::Topic"', '"Type": "AWS::EC2::VPC"'), 'json', (m) => [
      { op: 'create', target: m.aws.s3Buckets[0]!.newPolicyTarget, values: [[['PolicyDocument'], { kind: 'jsonencode', value: obj(['Statement', list()]) }]] },
      set(m.aws.s3Buckets[0]!.encryption.kmsKeyId, placeholder('KeyArn', 'The key')),
    ]);
    assert.ok(out.startsWith('{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Description": "Logs",\n  "Parameters": {\n    "KeyArn": {\n      "Type": "String",\n      "Description": "The key"\n    }\n  },\n  "Resources": {\n'), out);
    assert.ok(
      out.includes(
        '    },\n    "LogsPolicy": {\n      "Type": "AWS::S3::BucketPolicy",\n      "Properties": {\n        "Bucket": {"Ref": "Logs"},\n        "PolicyDocument": {\n          "Statement": []\n        }\n      }\n    },\n    "Other": {',
      ),
      out,
    );
    assert.ok(out.includes('"KMSMasterKeyID": {"Ref": "KeyArn"}'));
  });

  it('follows tab indentation', () => {
    const text = '{\n\t"Resources": {\n\t\t"K": {\n\t\t\t"Type": "AWS::KMS::Key",\n\t\t\t"Properties": {\n\t\t\t\t"Description": "k"\n\t\t\t}\n\t\t}\n\t}\n}';
    const { out } = fix(text, 'json', (m) => [set(m.aws.kmsKeys[0]!.rotationEnabled, lit(true))]);
    assert.equal(out, text.replace('"Description": "k"', '"Description": "k",\n\t\t\t\t"EnableKeyRotation": true'));
  });

  it('keeps a one-line template on one line', () => {
    const text = '{"Resources": {"K": {"Type": "AWS::KMS::Key", "Properties": {"Description": "k"}}}}';
    const { out } = fix(text, 'json', (m) => [set(m.aws.kmsKeys[0]!.rotationEnabled, lit(true)), set(m.aws.kmsKeys[0]!.keySpec, lit('SYMMETRIC_DEFAULT'))]);
    assert.equal(out, '{"Resources": {"K": {"Type": "AWS::KMS::Key", "Properties": {"Description": "k", "EnableKeyRotation": true, "KeySpec": "SYMMETRIC_DEFAULT"}}}}');
  });

  it('fills an empty Properties object and appends to a list', () => {
    const text = `{
  "Resources": {
    "K": {
      "Type": "AWS::KMS::Key",
      "Properties": {}
    },
    "Sg": {
      "Type": "AWS::EC2::SecurityGroup",
      "Properties": {
        "SecurityGroupIngress": [
          {"IpProtocol": "tcp", "CidrIp": "10.0.0.0/8"}
        ]
      }
    }
  }
}`;
    const { out, after } = fix(text, 'json', (m) => {
      const loc = m.aws.securityGroups[0]!.ingress[0]!.protocol.location!;
      return [
        set(m.aws.kmsKeys[0]!.rotationEnabled, lit(true)),
        setAt({ target: loc.target, path: ['SecurityGroupIngress', '1'] }, obj(['IpProtocol', lit('-1')], ['CidrIp', lit('10.1.0.0/16')])),
      ];
    });
    assert.equal(
      out,
      text
        .replace('"Properties": {}', '"Properties": {\n        "EnableKeyRotation": true\n      }')
        .replace('"10.0.0.0/8"}\n', '"10.0.0.0/8"},\n          {\n            "IpProtocol": "-1",\n            "CidrIp": "10.1.0.0/16"\n          }\n'),
    );
    assert.equal(after.aws.securityGroups[0]!.ingress.length, 2);
  });
});

describe('cfnEdits: YAML and JSON agree', () => {
  it('gives the same model after the same fix', () => {
    const yaml = BUCKET_YAML;
    const ops = (m: CloudModel): FixOp[] => {
      const b = m.aws.s3Buckets[0]!;
      return [
        set(b.publicAccessBlock.blockPublicAcls, lit(true)),
        set(b.encryption.algorithm, lit('aws:kms')),
        set(b.encryption.kmsKeyId, ref('Key')),
        set(b.versioning.enabled, lit(false)),
        set(b.logging.targetBucket, lit('audit')),
      ];
    };
    const a = fix(yaml, 'yaml', ops).after.aws.s3Buckets[0]!;
    const b = fix(BUCKET_JSON, 'json', ops).after.aws.s3Buckets[0]!;
    for (const bucket of [a, b]) {
      assert.equal(bucket.publicAccessBlock.blockPublicAcls.value, true);
      assert.equal(bucket.encryption.algorithm.value, 'aws:kms');
      assert.equal((bucket.encryption.kmsKeyId.value as Unknown).detail, 'parameter Key');
      assert.equal(bucket.versioning.enabled.value, false);
      assert.equal(bucket.versioning.enabled.raw, 'Suspended');
      assert.equal(bucket.logging.targetBucket.value, 'audit');
    }
  });
});
