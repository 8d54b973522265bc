// SPDX-License-Identifier: Apache-2.0
import { defineRule, unitWord, Unknown } from '../../api';
import { accessLoggingFix, findBucket } from '../../lib/s3';

export default defineRule({
  target: 'cloudTrails',
  meta: {
    id: 'AWS-CLOUDTRAIL-004',
    name: 'cloudtrail-bucket-access-logging',
    title: 'The CloudTrail log bucket has server access logging',
    severity: 'medium',
    description:
      'The S3 bucket a trail delivers its logs to has server access logging turned on. The bucket is found in the same Terraform module or CloudFormation template, by reference or by name; a bucket defined elsewhere is reported as not verifiable.',
    rationale:
      'The trail bucket holds the record of everything done in the account, so reads and deletions of those log files are themselves worth a record. Access logs show who fetched or tried to remove trail logs, which is what tells an investigator whether the audit trail itself was tampered with.',
    remediation:
      'Terraform: add an `aws_s3_bucket_logging` for the trail bucket with `target_bucket` set to a separate log bucket and a `target_prefix`. CloudFormation: set `LoggingConfiguration.DestinationBucketName` on the trail bucket. Do not log the bucket into itself.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html', 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html'],
    frameworks: {
      'cis-aws-5.0.0': ['3.4'],
      'cis-aws-3.0.0': ['3.4'],
      'cis-aws-1.4.0': ['3.6'],
      'soc2-2017': ['A1.2', 'CC7.2'],
      'nist-800-53-r5': ['AU-2', 'AU-9', 'AU-12'],
      'nist-csf-2.0': ['ID.RA-05', 'DE.CM-09'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'SOC 2 A1.2 and CSF ID.RA-05 follow the reference maps for this recommendation; CC7.2, AU-2/AU-9/AU-12 (logging and protection of audit information) and DE.CM-09 were added by control concept.',
    resourceTypes: { terraform: ['aws_cloudtrail', 'aws_s3_bucket', 'aws_s3_bucket_logging'], cloudformation: ['AWS::CloudTrail::Trail', 'AWS::S3::Bucket'] },
    aliases: { trivy: ['AVD-AWS-0163'], tfsec: ['aws-cloudtrail-require-bucket-access-logging'] },
    fix: 'unsafe',
  },
  check(trail, ctx) {
    const name = trail.s3BucketName;
    if (!name.present) return;
    const bucket = findBucket(ctx.model, name.value);
    if (!bucket) {
      const where = unitWord(trail);
      const u =
        name.value instanceof Unknown
          ? name.value
          : new Unknown('reference', name.ref.span, `the bucket ${JSON.stringify(name.value)}, which is not defined in this ${where}`);
      ctx.cannotVerify(name, u, 'whether the trail bucket has server access logging');
      return;
    }
    const target = bucket.logging.targetBucket;
    // A written log bucket, even one only known at deploy time, means logging is on: the target is
    // required and cannot be empty.
    if (target.present && target.value instanceof Unknown) return;
    if (typeof target.value === 'string' && target.value !== '') return;
    ctx.report(name, `The trail's log bucket ${bucket.address} has no server access logging: reads and deletions of the trail logs are not recorded.`, { fixes: accessLoggingFix(bucket) });
  },
});
