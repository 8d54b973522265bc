// SPDX-License-Identifier: Apache-2.0
import { defineRule, lit, setFix, Unknown } from '../../api';

const ALGORITHMS = ['AES256', 'aws:kms', 'aws:kms:dsse'];

export default defineRule({
  target: 's3Buckets',
  meta: {
    id: 'AWS-S3-002',
    name: 's3-encryption-at-rest',
    title: 'S3 bucket declares default encryption at rest',
    severity: 'medium',
    description: 'Every S3 bucket declares a default server-side encryption configuration (SSE-S3, SSE-KMS or DSSE-KMS).',
    rationale:
      'S3 has encrypted new objects by default since January 2023, but auditors look for the control in configuration: declaring it makes the intent explicit, survives account-level changes, and is where a move to customer-managed KMS keys is made.',
    remediation:
      'Terraform: add an `aws_s3_bucket_server_side_encryption_configuration` for the bucket with `rule { apply_server_side_encryption_by_default { sse_algorithm = "aws:kms" } }` (or `AES256`). CloudFormation: set `BucketEncryption.ServerSideEncryptionConfiguration` with `SSEAlgorithm`.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html'],
    frameworks: {
      'cis-aws-1.4.0': ['2.1.1'],
      'soc2-2017': ['CC6.1', 'CC6.2', 'PI1.4'],
      'nist-800-53-r5': ['AU-9', 'CM-6', 'CP-9', 'SC-13', 'SC-28'],
      'nist-csf-2.0': ['PR.DS-01'],
    },
    levels: { 'cis-aws-1.4.0': 2 },
    mappingNote: 'CIS AWS v3.0.0 and v5.0.0 dropped this recommendation because S3 now encrypts by default; the mapping is to v1.4.0 2.1.1.',
    resourceTypes: { terraform: ['aws_s3_bucket', 'aws_s3_bucket_server_side_encryption_configuration'], cloudformation: ['AWS::S3::Bucket'] },
    aliases: { checkov: ['CKV_AWS_19'], trivy: ['AVD-AWS-0088'], tfsec: ['aws-s3-enable-bucket-encryption'], cfn_nag: ['W41'], guard: ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'] },
    fix: 'safe',
  },
  check(bucket, ctx) {
    const alg = bucket.encryption.algorithm;
    if (alg.value instanceof Unknown) {
      ctx.cannotVerify(alg, alg.value, 'the bucket\'s encryption algorithm');
      return;
    }
    if (typeof alg.value === 'string' && ALGORITHMS.includes(alg.value)) return;
    // A configuration that already names a KMS key means SSE-KMS (AES256 with a key is rejected by S3).
    const key = bucket.encryption.kmsKeyId;
    const fixes = key.present && key.value !== ''
      ? setFix('sse-kms', 'Encrypt with SSE-KMS (aws:kms) using the configured key', 'safe', [alg, lit('aws:kms')])
      : setFix('sse-s3', 'Encrypt with SSE-S3 (AES256) by default', 'safe', [alg, lit('AES256')]);
    if (!bucket.encryption.exists) {
      ctx.report(bucket, 'The bucket declares no default server-side encryption.', { fixes });
    } else if (alg.present) {
      ctx.report(alg, `The bucket's default encryption algorithm ${JSON.stringify(alg.value)} is not one of ${ALGORITHMS.join(', ')}.`, { fixes });
    } else {
      // On the configuration (its block or property), not the bucket: that is where the algorithm is missing.
      ctx.report(bucket.encryption.ref, 'The bucket\'s encryption configuration sets no algorithm.', { fixes });
    }
  },
});
