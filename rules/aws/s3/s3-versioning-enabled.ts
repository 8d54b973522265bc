// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, lit, setFix, Unknown } from '../../api';

export default defineRule({
  target: 's3Buckets',
  meta: {
    id: 'AWS-S3-005',
    name: 's3-versioning-enabled',
    title: 'S3 buckets have versioning enabled',
    severity: 'medium',
    description: 'S3 buckets keep every version of their objects (versioning `Enabled`), so overwritten or deleted objects can be recovered.',
    rationale:
      'Without versioning, an overwrite or a delete is final: a faulty deployment, a script with the wrong prefix or ransomware that re-encrypts objects destroys the data. With versioning the previous version stays retrievable, and lifecycle rules can expire old versions to bound the cost.',
    remediation:
      'Terraform: add an `aws_s3_bucket_versioning` with `versioning_configuration { status = "Enabled" }` (or `versioning { enabled = true }` in the legacy inline form). CloudFormation: set `VersioningConfiguration.Status: Enabled`. Add a lifecycle rule for noncurrent versions to limit storage cost; once enabled, versioning can only be suspended, not removed.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html'],
    ...byConcept('recoverable-deletion'),
    levels: {},
    resourceTypes: { terraform: ['aws_s3_bucket', 'aws_s3_bucket_versioning'], cloudformation: ['AWS::S3::Bucket'] },
    aliases: { checkov: ['CKV_AWS_21'], trivy: ['AVD-AWS-0090'], tfsec: ['aws-s3-enable-versioning'], guard: ['S3_BUCKET_VERSIONING_ENABLED'] },
    fix: 'unsafe',
  },
  check(bucket, ctx) {
    const v = bucket.versioning.enabled;
    if (v.value instanceof Unknown) {
      ctx.cannotVerify(v, v.value, 'whether versioning is enabled');
      return;
    }
    if (v.value === true) return;
    // The legacy inline block takes a bool; the split resource and CloudFormation take a status string.
    const last = v.location?.path[v.location.path.length - 1];
    const value = last === 'enabled' ? lit(true) : lit('Enabled');
    ctx.report(v, v.present ? 'Versioning is not enabled (it is suspended or disabled): overwritten and deleted objects cannot be recovered.' : 'Versioning is not enabled for this bucket: overwritten and deleted objects cannot be recovered.', {
      fixes: setFix('enable', 'Enable versioning (adds storage for old versions)', 'unsafe', [v, value]),
    });
  },
});
