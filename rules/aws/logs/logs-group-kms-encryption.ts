// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireKmsKey } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.logs.logGroup',
  meta: {
    id: 'AWS-LOGS-001',
    name: 'logs-group-kms-encryption',
    title: 'CloudWatch log groups are encrypted with a KMS key',
    severity: 'low',
    description:
      'CloudWatch Logs log groups encrypt their events with a customer-managed KMS key instead of the service\'s default encryption.',
    rationale:
      'Application logs often contain identifiers, tokens or request payloads. With a customer-managed key, reading the log data needs a separate kms:Decrypt permission granted by the key policy, access is logged per use, and the data can be made unreadable by disabling the key.',
    remediation:
      'Terraform: set `kms_key_id` on the `aws_cloudwatch_log_group`. CloudFormation: set `KmsKeyId`. The key policy must allow the `logs.<region>.amazonaws.com` service principal to use the key. The quick fix adds a variable / parameter for the key ARN.',
    links: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html'],
    ...byConcept('encryption-at-rest-customer-key'),
    levels: {},
    resourceTypes: { terraform: ['aws_cloudwatch_log_group'], cloudformation: ['AWS::Logs::LogGroup'] },
    aliases: { checkov: ['CKV_AWS_158'], trivy: ['AVD-AWS-0017'], tfsec: ['aws-cloudwatch-log-group-customer-key'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    requireKmsKey(ctx, r.platform, r.attrs.kmsKeyId, {
      what: 'whether the log group is encrypted with a KMS key',
      empty: 'The log group\'s KMS key is empty, so events are not encrypted with a customer-managed KMS key.',
      missing: 'The log group does not encrypt its events with a customer-managed KMS key.',
      placeholder: { terraform: 'log_group_kms_key_arn', cloudformation: 'LogGroupKmsKeyArn', description: 'ARN of the KMS key that encrypts the log group' },
    });
  },
});
