// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireKmsKey } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.secretsmanager.secret',
  meta: {
    id: 'AWS-SECRETSMANAGER-001',
    name: 'secretsmanager-customer-managed-kms',
    title: 'Secrets Manager secrets are encrypted with a customer-managed KMS key',
    severity: 'medium',
    description:
      'Secrets Manager secrets name a customer-managed KMS key instead of relying on the AWS managed `aws/secretsmanager` key.',
    rationale:
      'With the AWS managed key, anyone whose IAM policy allows reading the secret can decrypt it, and the key cannot be shared with other accounts. A customer-managed key adds a key policy as a second, separately reviewed gate on who can read the secret, and allows cross-account access to be granted deliberately.',
    remediation:
      'Terraform: set `kms_key_id` on the `aws_secretsmanager_secret`. CloudFormation: set `KmsKeyId`. Readers of the secret then also need kms:Decrypt on that key. The quick fix adds a variable / parameter for the key ARN.',
    links: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html'],
    ...byConcept('encryption-at-rest-customer-key'),
    levels: {},
    resourceTypes: { terraform: ['aws_secretsmanager_secret'], cloudformation: ['AWS::SecretsManager::Secret'] },
    aliases: { checkov: ['CKV_AWS_149'], trivy: ['AVD-AWS-0098'], tfsec: ['aws-ssm-secret-use-customer-key'], cfn_nag: ['W77'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    requireKmsKey(ctx, r.platform, r.attrs.kmsKeyId, {
      what: 'whether the secret is encrypted with a customer-managed KMS key',
      awsManaged: 'The secret names an AWS managed key, not a customer-managed KMS key.',
      empty: 'The secret\'s KMS key is empty, so it uses the AWS managed key.',
      missing: 'The secret uses the AWS managed key, not a customer-managed KMS key.',
      placeholder: { terraform: 'secret_kms_key_arn', cloudformation: 'SecretKmsKeyArn', description: 'ARN of the customer-managed KMS key that encrypts the secret' },
    });
  },
});
