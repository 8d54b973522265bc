// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireKmsKey } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.sns.topic',
  meta: {
    id: 'AWS-SNS-001',
    name: 'sns-topic-encrypted',
    title: 'SNS topics are encrypted with a KMS key',
    severity: 'medium',
    description:
      'SNS topics encrypt stored messages with a KMS key (server-side encryption).',
    rationale:
      'Messages waiting for delivery can carry alerts, order data or personal data. Without server-side encryption they are not protected by any key the account controls; with a KMS key, reading them also needs the key policy to allow it, and every use of the key is logged.',
    remediation:
      'Terraform: set `kms_master_key_id` on the `aws_sns_topic`. CloudFormation: set `KmsMasterKeyId`. Use a customer-managed key whose policy lets the publishing services (CloudWatch alarms, EventBridge, S3 notifications) use it: the AWS managed `alias/aws/sns` key cannot be shared with them. The quick fix adds a variable / parameter for the key.',
    links: ['https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html'],
    ...byConcept('encryption-at-rest-customer-key'),
    levels: {},
    resourceTypes: { terraform: ['aws_sns_topic'], cloudformation: ['AWS::SNS::Topic'] },
    aliases: { checkov: ['CKV_AWS_26'], trivy: ['AVD-AWS-0095'], tfsec: ['aws-sns-enable-topic-encryption'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    requireKmsKey(ctx, r.platform, r.attrs.kmsMasterKeyId, {
      what: 'whether the topic is encrypted with a KMS key',
      empty: 'The topic\'s KMS key is empty, so messages are not encrypted with a KMS key.',
      missing: 'The topic does not encrypt messages with a KMS key.',
      placeholder: { terraform: 'sns_kms_key_id', cloudformation: 'SnsKmsKeyId', description: 'ARN or alias of the KMS key that encrypts the SNS topic' },
    });
  },
});
