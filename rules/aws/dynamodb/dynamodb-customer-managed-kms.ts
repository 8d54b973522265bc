// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, placeholder, setFix, Unknown } from '../../api';
import type { Attr, FixValue } from '../../api';
import { isResourceAttribute } from '../../lib/checks';
import { isGlobalTable, replicaName, replicas } from '../../lib/dynamodb';

/** The AWS managed DynamoDB key, by alias (a key ARN of it cannot be told from a customer key's). */
const AWS_MANAGED = /alias\/aws\/dynamodb$/;

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export default defineCatalogRule({
  kind: 'aws.dynamodb.table',
  meta: {
    id: 'AWS-DYNAMODB-002',
    name: 'dynamodb-customer-managed-kms',
    title: 'DynamoDB tables are encrypted with a customer-managed KMS key',
    severity: 'medium',
    description:
      'DynamoDB tables use server-side encryption with a KMS key that the account manages, not the AWS owned key or the AWS managed `aws/dynamodb` key. Replicas of a global table need a key of their own region: a Terraform `replica` block without `kms_key_arn`, or a GlobalTable replica without `SSESpecification.KMSMasterKeyId`, falls back to the AWS managed key there.',
    rationale:
      'Every table is encrypted, but with the AWS owned key nobody in the account can see or restrict its use. A customer-managed key lets a key policy decide who may decrypt, puts every use into CloudTrail, and lets the data be made unreadable by disabling the key: the controls a confidentiality commitment usually asks for.',
    remediation:
      'Terraform: add `server_side_encryption { enabled = true, kms_key_arn = <key ARN> }`. CloudFormation: set `SSESpecification` with `SSEEnabled: true` and `KMSMasterKeyId`. The quick fix adds a variable / parameter for the key ARN.',
    links: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html'],
    frameworks: {
      'soc2-2017': ['CC6.1', 'C1.1'],
      'nist-800-53-r5': ['SC-12', 'SC-13', 'SC-28'],
      'nist-csf-2.0': ['PR.DS-01'],
    },
    levels: {},
    mappingNote: 'Not a CIS Foundations recommendation; mapped by control concept (encryption at rest with managed keys: SOC 2 CC6.1/C1.1, NIST SC-28/SC-13/SC-12, CSF PR.DS-01).',
    resourceTypes: { terraform: ['aws_dynamodb_table'], cloudformation: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'] },
    aliases: { checkov: ['CKV_AWS_119'], trivy: ['AVD-AWS-0025'], tfsec: ['aws-dynamodb-table-customer-key'], guard: ['DYNAMODB_TABLE_ENCRYPTED_KMS'] },
    fix: 'unsafe',
  },
  check(table, ctx) {
    const sse = table.attrs.sseEnabled as Attr<boolean>;
    const key = table.attrs.kmsKeyArn as Attr<string>;
    const global = isGlobalTable(table);
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
        // A GlobalTable names its keys per replica (one per region): there is no table-level key to write.
        fixes: global ? [] : setFix('use-kms-key', title, 'unsafe', ...sets),
      });
      return;
    }
    if (!global) {
      if (key.value instanceof Unknown) {
        // A key resource's ARN is a customer-managed key: go on to the replicas. Anything else is open.
        if (!isResourceAttribute(key.value)) {
          ctx.cannotVerify(key, key.value, 'which KMS key encrypts the table');
          return;
        }
      } else if (!(typeof key.value === 'string' && key.value !== '' && !AWS_MANAGED.test(key.value))) {
        ctx.report(key, key.present ? 'The table uses the AWS managed key, not a customer-managed KMS key.' : 'No KMS key is given, so the table uses the AWS managed key `aws/dynamodb`.', {
          fixes: setFix('use-kms-key', title, 'unsafe', [key, input]),
        });
        // Its replicas share the problem; the table's finding says it once.
        return;
      }
    }
    // The table's key is customer managed (or, for a GlobalTable, set per replica): every replica needs
    // its own key in its region, else it falls back to the AWS managed key there.
    for (const replica of replicas(table, ctx, 'which KMS key encrypts every replica')) {
      const rk = replica.attrs.kmsKeyArn as Attr<string>;
      if (rk.value instanceof Unknown) {
        if (!isResourceAttribute(rk.value)) ctx.cannotVerify(rk, rk.value, `which KMS key encrypts ${replicaName(replica)}`);
        continue;
      }
      if (typeof rk.value === 'string' && rk.value !== '' && !AWS_MANAGED.test(rk.value)) continue;
      const region = replica.attrs.region?.value;
      const fixes = typeof region === 'string' && /^[a-z0-9-]+$/.test(region)
        ? setFix('use-replica-kms-key', `Encrypt ${replicaName(replica)} with a customer-managed KMS key (adds a variable for its ARN)`, 'unsafe', [rk, placeholder(table, `dynamodb_kms_key_arn_${region.replace(/-/g, '_')}`, `ARN of the customer-managed KMS key (in ${region}) that encrypts the DynamoDB replica there`)])
        : [];
      ctx.report(rk.present ? rk : replica.ref, rk.present
        ? `${capitalize(replicaName(replica))} uses the AWS managed key, not a customer-managed KMS key.`
        : `${capitalize(replicaName(replica))} names no KMS key, so it uses the AWS managed key \`aws/dynamodb\` of its region.`, { fixes });
    }
  },
});
