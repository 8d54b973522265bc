// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, isObjectValue, placeholder, setFix, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.lambda.function',
  meta: {
    id: 'AWS-LAMBDA-005',
    name: 'lambda-env-kms',
    title: 'Lambda functions with environment variables encrypt them with a customer managed key',
    severity: 'low',
    description: 'Lambda functions that define environment variables name a customer managed KMS key for them (`kms_key_arn` / `KmsKeyArn`) instead of the default AWS managed key.',
    rationale:
      'Environment variables often carry connection strings and service endpoints. With a customer managed key, who can read them is governed by a key policy you control and audit, and access can be revoked without touching the function.',
    remediation:
      'Terraform: set `kms_key_arn` on the `aws_lambda_function` to a KMS key whose policy lets the execution role decrypt. CloudFormation: set `KmsKeyArn`. The quick fix adds a variable/parameter for the key ARN; without decrypt permission the function fails to start, so it is unsafe.',
    links: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html'],
    ...byConcept('encryption-at-rest-customer-key'),
    levels: {},
    resourceTypes: { terraform: ['aws_lambda_function'], cloudformation: ['AWS::Lambda::Function'] },
    aliases: { checkov: ['CKV_AWS_173'] },
    fix: 'unsafe',
  },
  check(fn, ctx) {
    const env = fn.attrs.environment;
    if (!env.present) return;
    const raw = env.raw;
    if (raw !== undefined && !(raw instanceof Unknown) && isObjectValue(raw) && Object.keys(raw).length === 0) return;
    const key = fn.attrs.kmsKeyArn;
    if (key.present && key.value !== '') {
      if (key.value instanceof Unknown && !isResourceAttribute(key.value)) ctx.cannotVerify(key, key.value, 'the key that encrypts the environment variables');
      return;
    }
    ctx.report(key, 'The function\'s environment variables are encrypted with the AWS managed key, not a customer managed key.', {
      fixes: setFix('use-cmk', 'Use a customer managed key (adds a variable for its ARN)', 'unsafe', [
        key,
        placeholder(fn, 'lambda_kms_key_arn', 'ARN of the KMS key that encrypts the function\'s environment variables'),
      ]),
    });
  },
});
