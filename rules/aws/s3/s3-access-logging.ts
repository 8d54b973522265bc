// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, Unknown } from '../../api';
import { accessLoggingFix, isLogTarget } from '../../lib/s3';

export default defineRule({
  target: 's3Buckets',
  meta: {
    id: 'AWS-S3-007',
    name: 's3-access-logging',
    title: 'S3 buckets have server access logging',
    severity: 'low',
    description:
      'S3 buckets deliver server access logs (one record per request: requester, operation, object, result) to a log bucket. Buckets that receive other buckets\' access logs in the same module or template are not checked.',
    rationale:
      'CloudTrail records S3 data events only when they are explicitly selected, and at a price per event; server access logs record every request to the bucket at no charge beyond storage. When data leaks or disappears, they are often the only record of who read or deleted which objects.',
    remediation:
      'Terraform: add an `aws_s3_bucket_logging` with `target_bucket` (a dedicated log bucket) and `target_prefix`. CloudFormation: set `LoggingConfiguration.DestinationBucketName` (and `LogFilePrefix`). The log bucket must allow the S3 logging service to write to it (a bucket policy for `logging.s3.amazonaws.com`) and should not log to itself.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html'],
    ...byConcept('audit-logging', { remark: 'CIS asks for access logging only on the CloudTrail bucket (AWS-CLOUDTRAIL-004); this rule extends it to every bucket.' }),
    levels: {},
    resourceTypes: { terraform: ['aws_s3_bucket', 'aws_s3_bucket_logging'], cloudformation: ['AWS::S3::Bucket'] },
    aliases: { checkov: ['CKV_AWS_18'], trivy: ['AVD-AWS-0089'], tfsec: ['aws-s3-enable-bucket-logging'], cfn_nag: ['W35'], guard: ['S3_BUCKET_LOGGING_ENABLED'] },
    fix: 'unsafe',
  },
  check(bucket, ctx) {
    const target = bucket.logging.targetBucket;
    // A written log bucket, even one only known at deploy time, means logging is on: the target is
    // required and cannot be empty.
    if (target.present && target.value instanceof Unknown) return;
    if (typeof target.value === 'string' && target.value !== '') return;
    if (isLogTarget(ctx.model, bucket)) return;
    ctx.report(target, 'Server access logging is not enabled for this bucket.', { fixes: accessLoggingFix(bucket) });
  },
});
