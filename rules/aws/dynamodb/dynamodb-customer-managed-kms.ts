// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, placeholder, setFix, Unknown } from '../../api';
import type { Attr, FixValue } from '../../api';
import { isResourceAttribute } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.dynamodb.table',
  meta: {
    id: 'AWS-DYNAMODB-002',
    name: 'dynamodb-customer-managed-kms',
    title: 'DynamoDB tables are encrypted with a customer-managed KMS key',
    severity: 'medium',
    description: 'DynamoDB tables use server-side encryption with a KMS key that the account manages, not the AWS owned key or the AWS managed `aws/dynamodb` key.',
    rationale:
      'Every table is encrypted, but with the AWS owned key nobody in the account can see or restrict its use. A customer-managed key lets a key policy decide who may decrypt, puts every use into CloudTrail, and lets the data be made unreadable by disabling the key: the controls a confidentiality commitment usually asks for.',
    remediation:
      'Terraform: add `server_side_encryption { enabled = true, kms_key_arn = <key ARN> }`. CloudFormation: set `SSESpecification` with `SSEEnabled: true` and `KMSMasterKeyId`. The quick fix adds a variable / parameter for the key ARN.',
    links: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html'],
    ...byConcept('encryption-at-rest-customer-key'),
    levels: {},
    resourceTypes: { terraform: ['aws_dynamodb_table'], cloudformation: ['AWS::DynamoDB::Table'] },
    aliases: { checkov: ['CKV_AWS_119'], trivy: ['AVD-AWS-0025'], tfsec: ['aws-dynamodb-table-customer-key'], guard: ['DYNAMODB_TABLE_ENCRYPTED_KMS'] },
    fix: 'unsafe',
  },
  check(table, ctx) {
    const sse = table.attrs.sseEnabled;
    const key = table.attrs.kmsKeyArn;
    const input = placeholder(table, 'dynamodb_kms_key_arn', 'ARN of the customer-managed KMS key that encrypts the DynamoDB table');
    const title = 'Encrypt the table with a customer-managed KMS key (adds a variable for the key ARN)';
    if (sse.value instanceof Unknown) {
      ctx.cannotVerify(sse, sse.value, 'whether the table is encrypted with a KMS key');
      return;
    }
    if (sse.value !== true) {
      const sets: [Attr<unknown>, FixValue][] = [[sse, lit(true)]];
      if (!(key.present && key.value instanceof Unknown) && !(typeof key.value === 'string' && key.value !== '')) sets.push([key, input]);
      ctx.report(sse, sse.present ? 'KMS encryption is turned off: the table uses the AWS owned key.' : 'The table uses the AWS owned key, not a customer-managed KMS key.', {
        fixes: setFix('use-kms-key', title, 'unsafe', ...sets),
      });
      return;
    }
    if (key.value instanceof Unknown) {
      if (!isResourceAttribute(key.value)) ctx.cannotVerify(key, key.value, 'which KMS key encrypts the table');
      return;
    }
    if (typeof key.value === 'string' && key.value !== '' && !/alias\/aws\/dynamodb$/.test(key.value)) return;
    ctx.report(key, key.present ? 'The table uses the AWS managed key, not a customer-managed KMS key.' : 'No KMS key is given, so the table uses the AWS managed key `aws/dynamodb`.', {
      fixes: setFix('use-kms-key', title, 'unsafe', [key, input]),
    });
  },
});
