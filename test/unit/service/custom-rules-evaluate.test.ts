// SPDX-License-Identifier: Apache-2.0
// Custom rules judging code: each test and combinator in both languages, defaults, unknown values
// ("cannot verify", never a pass or a violation), references between resources (a companion that refers
// to the resource, with conditions on it; an attribute that refers to a resource of a kind), typed kinds
// (S3 buckets joined with their split resources), and the set-value fix, which re-parses and clears the
// finding in Terraform and CloudFormation.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCustomRule } from '../../../server/src/service/custom-rules/schema';
import { compileCustomRule } from '../../../server/src/service/custom-rules/compile';
import type { Rule } from '../../../server/src/engine/rule-api';
import { AnalysisService } from '../../../server/src/service/analysis';
import { fixAll } from '../../../server/src/service/fix-all';
import { MemoryFs } from '../../support/fixture-runner';

function rule(body: string, kind = 'aws.dynamodb.table'): Rule {
  const text = `id: ACME-T-001\ntitle: t\nseverity: medium\nrationale: r\nremediation: m\nresource: ${kind}\n${body}`;
  const { spec, problems } = parseCustomRule(text, '/rules/t.yaml');
  assert.deepEqual(problems, []);
  return compileCustomRule(spec!);
}

function service(path: string, text: string, r: Rule): AnalysisService {
  const fs = new MemoryFs();
  fs.files.set(path, text);
  return new AnalysisService({ fs, rules: [r] });
}

/** `resource: kind message` per finding of the rule, `~` for "cannot verify". */
function judge(r: Rule, path: string, text: string): string[] {
  const a = service(path, text, r).analyzeFile(path);
  assert.deepEqual(a.syntax.filter((d) => d.severity === 'error'), []);
  return a.findings.map((f) => `${f.resource}: ${f.kind === 'unverifiable' ? '~ ' : ''}${f.message}`);
}

const tf = (body: string): string => `variable "unknown" {}\n${body}`;

void describe('custom rules: attribute conditions', () => {
  const deletion = rule('assert:\n  attribute: deletionProtection\n  equals: true\n');
  void it('equals: a default is a value; a written true passes; an unknown is "cannot verify"', () => {
    assert.deepEqual(
      judge(
        deletion,
        '/w/main.tf',
        tf(`resource "aws_dynamodb_table" "a" {}
resource "aws_dynamodb_table" "b" {
  deletion_protection_enabled = true
}
resource "aws_dynamodb_table" "c" {
  deletion_protection_enabled = var.unknown
}
`),
      ),
      ['aws_dynamodb_table.a: deletion_protection_enabled is false by default (expected true).', 'aws_dynamodb_table.c: ~ Cannot verify deletion_protection_enabled: depends on var.unknown.'],
    );
    assert.deepEqual(
      judge(deletion, '/w/t.yaml', 'Resources:\n  A:\n    Type: AWS::DynamoDB::Table\n  B:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      DeletionProtectionEnabled: "true"\n'),
      ['A: DeletionProtectionEnabled is false by default (expected true).'],
    );
  });

  void it('in, matches, numbers (a number written as text in CloudFormation), exists', () => {
    const r = rule(
      'assert:\n  all:\n    - attribute: engine\n      in: [postgres, mysql]\n    - attribute: backupRetentionPeriod\n      gte: 7\n    - attribute: engine\n      matches: "^p"\n    - attribute: multiAz\n      exists: true\n',
      'aws.rds.instance',
    );
    assert.deepEqual(
      judge(r, '/w/t.yaml', 'Resources:\n  Good:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      BackupRetentionPeriod: "7"\n      MultiAZ: false\n  Mysql:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      BackupRetentionPeriod: 7\n      MultiAZ: true\n  Oracle:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: oracle-ee\n  Short:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      BackupRetentionPeriod: 1\n'),
      [
        'Mysql: Engine is "mysql" (expected a match of /^p/).',
        'Oracle: Engine is "oracle-ee" (expected one of "postgres", "mysql").',
        'Short: BackupRetentionPeriod is 1 (expected at least 7).',
      ],
    );
  });

  void it('all fails on any failing part; any holds on one part; unknown wins over failure only where it could change the verdict', () => {
    const anyRule = rule('assert:\n  any:\n    - attribute: deletionProtection\n      equals: true\n    - attribute: pointInTimeRecovery\n      equals: true\n');
    assert.deepEqual(
      judge(
        anyRule,
        '/w/main.tf',
        tf(`resource "aws_dynamodb_table" "neither" {}
resource "aws_dynamodb_table" "one" {
  point_in_time_recovery {
    enabled = true
  }
}
resource "aws_dynamodb_table" "unknown_and_false" {
  deletion_protection_enabled = var.unknown
}
resource "aws_dynamodb_table" "unknown_and_true" {
  deletion_protection_enabled = var.unknown
  point_in_time_recovery {
    enabled = true
  }
}
`),
      ),
      [
        'aws_dynamodb_table.neither: none of the alternatives holds: deletion_protection_enabled is false by default (expected true); point_in_time_recovery.enabled is false by default (expected true).',
        'aws_dynamodb_table.unknown_and_false: ~ Cannot verify deletion_protection_enabled: depends on var.unknown.',
      ],
    );
    const allRule = rule('assert:\n  all:\n    - attribute: deletionProtection\n      equals: true\n    - attribute: pointInTimeRecovery\n      equals: true\n');
    assert.deepEqual(
      judge(allRule, '/w/main.tf', tf(`resource "aws_dynamodb_table" "unknown_and_false" {\n  deletion_protection_enabled = var.unknown\n}\n`)),
      ['aws_dynamodb_table.unknown_and_false: point_in_time_recovery.enabled is false by default (expected true).'],
      'a failing part decides all, whatever the unknown one is',
    );
  });

  void it('not: forbids what it wraps', () => {
    const r = rule('assert:\n  not:\n    attribute: engine\n    equals: oracle-ee\n', 'aws.rds.instance');
    assert.deepEqual(judge(r, '/w/main.tf', 'resource "aws_db_instance" "o" {\n  engine = "oracle-ee"\n}\nresource "aws_db_instance" "p" {\n  engine = "postgres"\n}\n'), [
      'aws_db_instance.o: it matches what the rule forbids (engine is "oracle-ee").',
    ]);
  });

  void it('a custom message is kept, with why', () => {
    const r = rule('message: Orders tables must be protected\nassert:\n  attribute: deletionProtection\n  equals: true\n');
    assert.deepEqual(judge(r, '/w/main.tf', 'resource "aws_dynamodb_table" "a" {}\n'), ['aws_dynamodb_table.a: Orders tables must be protected: deletion_protection_enabled is false by default (expected true).']);
  });

  void it('typed kinds: an S3 bucket with its split public access block', () => {
    const r = rule('assert:\n  attribute: publicAccessBlock.blockPublicAcls\n  equals: true\n', 'aws.s3.bucket');
    assert.deepEqual(
      judge(
        r,
        '/w/main.tf',
        `resource "aws_s3_bucket" "open" {}
resource "aws_s3_bucket" "closed" {}
resource "aws_s3_bucket_public_access_block" "closed" {
  bucket            = aws_s3_bucket.closed.id
  block_public_acls = true
}
`,
      ),
      ['aws_s3_bucket.open: block_public_acls is false by default (expected true).'],
    );
  });
});

void describe('custom rules: references between resources', () => {
  void it('referencedBy: a companion that refers to the resource, with conditions on it; an unresolved one is "cannot verify"', () => {
    const r = rule('assert:\n  referencedBy:\n    resource: aws.efs.backupPolicy\n    attribute: fileSystemId\n    where:\n      attribute: status\n      equals: ENABLED\n', 'aws.efs.fileSystem');
    assert.deepEqual(
      judge(
        r,
        '/w/main.tf',
        `resource "aws_efs_file_system" "backed_up" {}
resource "aws_efs_file_system" "disabled" {}
resource "aws_efs_file_system" "none" {}
resource "aws_efs_backup_policy" "a" {
  file_system_id = aws_efs_file_system.backed_up.id
  backup_policy {
    status = "ENABLED"
  }
}
resource "aws_efs_backup_policy" "b" {
  file_system_id = aws_efs_file_system.disabled.id
  backup_policy {
    status = "DISABLED"
  }
}
`,
      ),
      ['aws_efs_file_system.disabled: no aws.efs.backupPolicy meeting the rule\'s conditions refers to it.', 'aws_efs_file_system.none: no aws.efs.backupPolicy meeting the rule\'s conditions refers to it.'],
    );
    assert.deepEqual(
      judge(r, '/w/main.tf', tf(`resource "aws_efs_file_system" "x" {}\nresource "aws_efs_backup_policy" "p" {\n  file_system_id = var.unknown\n  backup_policy {\n    status = "ENABLED"\n  }\n}\n`)),
      ['aws_efs_file_system.x: ~ Cannot verify whether a aws.efs.backupPolicy refers to this resource (aws_efs_backup_policy.p names one that is not known): depends on var.unknown.'],
    );
  });

  void it('referencedBy in CloudFormation (!Ref) and without conditions', () => {
    const r = rule('assert:\n  referencedBy:\n    resource: aws.secretsmanager.rotation\n    attribute: secretId\n', 'aws.secretsmanager.secret');
    assert.deepEqual(
      judge(r, '/w/t.yaml', 'Resources:\n  Rotated:\n    Type: AWS::SecretsManager::Secret\n  Static:\n    Type: AWS::SecretsManager::Secret\n  Rotation:\n    Type: AWS::SecretsManager::RotationSchedule\n    Properties:\n      SecretId: !Ref Rotated\n'),
      ['Static: no aws.secretsmanager.rotation refers to it.'],
    );
  });

  void it('refersTo: the attribute is a reference to a resource of the kind in this configuration', () => {
    const r = rule('assert:\n  attribute: kmsKeyArn\n  refersTo: aws.kms.key\n');
    assert.deepEqual(
      judge(
        r,
        '/w/main.tf',
        tf(`resource "aws_kms_key" "k" {}
resource "aws_dynamodb_table" "ours" {
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.k.arn
  }
}
resource "aws_dynamodb_table" "literal" {
  server_side_encryption {
    enabled     = true
    kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/abc"
  }
}
resource "aws_dynamodb_table" "input" {
  server_side_encryption {
    enabled     = true
    kms_key_arn = var.unknown
  }
}
`),
      ),
      [
        'aws_dynamodb_table.literal: server_side_encryption.kms_key_arn is "arn:aws:kms:eu-west-1:111122223333:key/abc", not a reference to a aws.kms.key of this configuration.',
        'aws_dynamodb_table.input: ~ Cannot verify server_side_encryption.kms_key_arn: depends on var.unknown.',
      ],
    );
  });
});

void describe('custom rules: the set-value fix', () => {
  const r = rule('assert:\n  attribute: deletionProtection\n  equals: true\nfix:\n  title: Turn on deletion protection\n  safety: safe\n  set:\n    deletionProtection: true\n');
  for (const [path, text] of [
    ['/w/main.tf', 'resource "aws_dynamodb_table" "a" {\n  name = "a"\n}\n'],
    ['/w/t.yaml', 'Resources:\n  A:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: a\n'],
    ['/w/t.json', '{\n  "Resources": {\n    "A": {\n      "Type": "AWS::DynamoDB::Table"\n    }\n  }\n}\n'],
  ] as const) {
    void it(`is offered as a safe quick fix and clears the finding (${path.split('.').pop()})`, () => {
      const s = service(path, text, r);
      const before = s.analyzeFile(path);
      assert.deepEqual(before.findings.map((f) => f.fixes.map((x) => [x.id, x.title, x.safety])), [[['custom-set', 'Turn on deletion protection', 'safe']]]);
      const fixed = fixAll(s, path, text, { safeOnly: true });
      assert.equal(fixed.applied, 1);
      s.setOverlay(path, fixed.text);
      const after = s.analyzeFile(path);
      assert.deepEqual(after.syntax, []);
      assert.deepEqual(after.findings, []);
      assert.match(fixed.text, path.endsWith('.tf') ? /deletion_protection_enabled = true/ : /DeletionProtectionEnabled/);
    });
  }
});
