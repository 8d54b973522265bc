// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, placeholder, setFix, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';

export default defineRule({
  target: 'cloudTrails',
  meta: {
    id: 'AWS-CLOUDTRAIL-003',
    name: 'cloudtrail-kms-encryption',
    title: 'CloudTrail logs are encrypted with a KMS key',
    severity: 'medium',
    description: 'Trails encrypt their log files with a customer-managed KMS key (SSE-KMS) rather than only the bucket default.',
    rationale:
      'With a KMS key, reading the logs needs both S3 read access and kms:Decrypt on the key: a second, separately audited permission that keeps broad S3 readers out of the audit trail, and key usage is itself logged.',
    remediation:
      'Set `kms_key_id` (Terraform) or `KMSKeyId` (CloudFormation) to the ARN of a KMS key whose policy lets CloudTrail encrypt. The quick fix adds a variable for the key ARN, which you fill in.',
    links: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html'],
    ...byConcept('activity-log-encryption', { cis: { 'cis-aws-5.0.0': ['3.5'], 'cis-aws-3.0.0': ['3.5'], 'cis-aws-1.4.0': ['3.7'] } }),
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    resourceTypes: { terraform: ['aws_cloudtrail'], cloudformation: ['AWS::CloudTrail::Trail'] },
    aliases: { checkov: ['CKV_AWS_35'], trivy: ['AVD-AWS-0015'], tfsec: ['aws-cloudtrail-enable-at-rest-encryption', 'aws-cloudtrail-encryption-customer-managed-key'], guard: ['CLOUD_TRAIL_ENCRYPTION_ENABLED'] },
    fix: 'unsafe',
  },
  check(trail, ctx) {
    const key = trail.kmsKeyId;
    if (key.present && typeof key.value === 'string' && key.value !== '') return;
    if (key.value instanceof Unknown) {
      // A key resource's ARN is always a key; a variable or parameter may be empty (optional encryption).
      if (!isResourceAttribute(key.value)) ctx.cannotVerify(key, key.value, 'whether the trail\'s logs are encrypted with a KMS key');
      return;
    }
    ctx.report(key, key.present ? 'The trail\'s KMS key is empty, so logs are not encrypted with a KMS key.' : 'The trail does not encrypt its logs with a KMS key.', {
      fixes: setFix('use-kms-key', 'Encrypt the trail with a KMS key (adds a variable for the key ARN)', 'unsafe', [
        key,
        // CloudFormation parameter names are alphanumeric only.
        placeholder(trail, 'cloudtrail_kms_key_arn', 'ARN of the KMS key that encrypts CloudTrail logs'),
      ]),
    });
  },
});
