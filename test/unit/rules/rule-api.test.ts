// SPDX-License-Identifier: Apache-2.0
// rules/api.ts: the builders that hide the language, and the typed catalog (a misspelt kind, setting or list
// is a compile error: the `@ts-expect-error` lines below fail `tsc` the day the typing lets them through).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHcl } from '../../../server/src/parsers/hcl/parser';
import { buildTerraformModel } from '../../../server/src/model/adapters/terraform';
import { CATALOG } from '../../../server/src/model/catalog';
import { catalogOf, createCompanion, defineCatalogRule, lit, localName, placeholder, placeholderName, refersTo, spelled, unitWord, Unknown, written } from '../../../rules/api';
import type { CatalogRule, EditTarget, RuleMeta } from '../../../rules/api';
import { modelOf } from '../model/cloudformation/helpers';

const meta = {} as RuleMeta;
const TF = { platform: 'terraform' } as const;
const CFN = { platform: 'cloudformation' } as const;

void describe('rules/api.ts builders', () => {
  void it('names a placeholder from one stem: itself in Terraform, PascalCase in CloudFormation', () => {
    assert.equal(placeholderName(TF, 'flow_log_bucket_arn'), 'flow_log_bucket_arn');
    assert.equal(placeholderName(CFN, 'flow_log_bucket_arn'), 'FlowLogBucketArn');
    // Product names keep their inner capital; words split by `_` get one each.
    assert.equal(placeholderName(CFN, 'dynamodb_kms_key_arn'), 'DynamoDbKmsKeyArn');
    assert.equal(placeholderName(CFN, 'cloud_watch_logs_role_arn'), 'CloudWatchLogsRoleArn');
    assert.equal(placeholderName(CFN, 'admin_ipv6_cidr'), 'AdminIpv6Cidr');
    assert.deepEqual(placeholder(CFN, 'access_log_bucket', 'Where logs go'), { kind: 'placeholder', name: 'AccessLogBucket', description: 'Where logs go' });
  });

  void it('speaks the language of what it is given', () => {
    assert.equal(written(TF, 'storage_encrypted', 'StorageEncrypted'), 'storage_encrypted');
    assert.equal(written(CFN, 'storage_encrypted', 'StorageEncrypted'), 'StorageEncrypted');
    assert.equal(unitWord(TF), 'module');
    assert.equal(unitWord(CFN), 'template');
    assert.equal(spelled(CFN, 1, 2), 2);
    assert.equal(localName({ address: 'aws_s3_bucket.logs' }), 'logs');
    assert.equal(localName({ address: 'LogsBucket' }), 'LogsBucket');
    const target = { platform: 'cloudformation', kind: 'parameter', file: 'f', name: 'P' } satisfies EditTarget;
    const op = createCompanion(target, { terraform: [[['a'], lit(1)]], cloudformation: [[['B'], lit(2)]] });
    assert.deepEqual(op, { op: 'create', target, values: [[['B'], lit(2)]] });
  });

  void it('refersTo: a reference to a resource of the configuration, in either language', () => {
    const m = buildTerraformModel([
      {
        path: '/m/main.tf',
        file: parseHcl(`
resource "aws_kms_key" "k" {}
resource "aws_dynamodb_table" "t" {
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.k.arn
  }
}
resource "aws_dynamodb_table" "u" {
  server_side_encryption {
    enabled     = true
    kms_key_arn = var.key
  }
}
`),
      },
    ]);
    const [t, u] = catalogOf(m, 'aws.dynamodb.table');
    const key = { address: 'aws_kms_key.k' };
    assert.ok(t!.attrs.kmsKeyArn.value instanceof Unknown);
    assert.equal(refersTo(t!.attrs.kmsKeyArn.value, key), true);
    assert.equal(refersTo(t!.attrs.kmsKeyArn.value, key, 'ARN'), true);
    assert.equal(refersTo(t!.attrs.kmsKeyArn.value, key, 'id'), false);
    assert.equal(refersTo(u!.attrs.kmsKeyArn.value, key), false);
    assert.equal(refersTo('arn:aws:kms:...', key), false);

    const c = modelOf(`
Resources:
  Key:
    Type: AWS::KMS::Key
  T:
    Type: AWS::DynamoDB::Table
    Properties:
      SSESpecification:
        SSEEnabled: true
        KMSMasterKeyId: !GetAtt Key.Arn
`);
    const [ct] = catalogOf(c, 'aws.dynamodb.table');
    assert.equal(refersTo(ct!.attrs.kmsKeyArn.value, { address: 'Key' }, 'arn'), true);
  });
});

void describe('typed catalog', () => {
  void it('a catalog rule sees its kind\'s declared settings with their types', () => {
    const seen: boolean[] = [];
    const rule = defineCatalogRule({
      kind: 'aws.dynamodb.table',
      meta,
      check(table) {
        const v: boolean | Unknown | undefined = table.attrs.pointInTimeRecovery.value;
        // @ts-expect-error a misspelt setting does not compile
        void table.attrs.pointInTimeRecovry;
        seen.push(v === true);
      },
    }) as CatalogRule;
    const m = buildTerraformModel([{ path: '/m/main.tf', file: parseHcl('resource "aws_dynamodb_table" "t" {\n  point_in_time_recovery {\n    enabled = true\n  }\n}\n') }]);
    for (const r of m.aws.catalog[rule.kind] ?? []) rule.check(r, { model: m, report: () => undefined, cannotVerify: () => undefined });
    assert.deepEqual(seen, [true]);
  });

  void it('misspelt kinds and lists do not compile', () => {
    // @ts-expect-error a kind the catalog does not declare
    defineCatalogRule({ kind: 'aws.dynamodb.tabel', meta, check: () => undefined });
    defineCatalogRule({
      kind: 'aws.cloudfront.distribution',
      meta,
      check(d) {
        void d.lists.orderedCacheBehaviors.items.map((i) => i.attrs.viewerProtocolPolicy.value);
        // @ts-expect-error a list the kind does not declare
        void d.lists.orderedCacheBehaviours;
      },
    });
    // Every kind a rule can name is declared exactly once.
    const kinds = CATALOG.map((k) => k.kind);
    assert.equal(new Set(kinds).size, kinds.length);
  });
});
