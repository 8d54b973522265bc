// SPDX-License-Identifier: Apache-2.0
import { defineRule, lit, Unknown } from '../../api';
import type { FixOp, PlannedFix, S3Bucket } from '../../api';

/**
 * For the split `aws_s3_bucket_versioning` (existing or new): versioning and MFA delete `Enabled`, with the
 * `mfa` argument (device serial and current code) as a variable the root user supplies at apply time.
 * The legacy inline `versioning` block has no `mfa` argument: no fix there.
 */
function mfaDeleteFix(bucket: S3Bucket): PlannedFix[] {
  const { enabled, mfaDelete } = bucket.versioning;
  const loc = mfaDelete.location;
  if (!loc || loc.path[0] !== 'versioning_configuration' || !enabled.location) return [];
  const ops: FixOp[] = [{ op: 'set', location: loc, value: lit('Enabled') }];
  if (enabled.value !== true) ops.push({ op: 'set', location: enabled.location, value: lit('Enabled') });
  ops.push({
    op: 'set',
    location: { target: loc.target, path: ['mfa'] },
    value: { kind: 'placeholder', name: 'root_mfa_serial_and_code', description: 'Serial number of the root user\'s MFA device, a space and its current code (apply with root credentials)' },
  });
  return [{ id: 'enable-mfa-delete', title: 'Enable MFA delete (needs the root user and its MFA device at apply time)', safety: 'unsafe', ops }];
}

export default defineRule({
  target: 's3Buckets',
  meta: {
    id: 'AWS-S3-004',
    name: 's3-mfa-delete',
    title: 'S3 buckets require MFA to delete object versions',
    severity: 'low',
    description:
      'S3 buckets have versioning with MFA delete enabled, so permanently deleting an object version or changing the versioning state needs the root user\'s MFA code. Terraform only: CloudFormation has no property for MFA delete.',
    rationale:
      'Versioning keeps old copies of overwritten and deleted objects, but anyone with the right permissions can still delete those versions, or suspend versioning first. MFA delete puts a second factor held by the account owner in front of exactly those destructive operations, so stolen credentials alone cannot wipe a bucket\'s history.',
    remediation:
      'MFA delete can only be turned on by the root user with an MFA device, through the API or CLI (`aws s3api put-bucket-versioning ... --mfa "<serial> <code>"`). In Terraform, record the state with `versioning_configuration { status = "Enabled", mfa_delete = "Enabled" }` and the `mfa` argument of `aws_s3_bucket_versioning`, applied with root credentials. CloudFormation cannot set it: enable it out of band and track it with an AWS Config rule. The quick fix writes this for the split resource, with the `mfa` value as a variable; it only applies with root credentials.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html'],
    frameworks: {
      'cis-aws-5.0.0': ['2.1.2'],
      'cis-aws-3.0.0': ['2.1.2'],
      'cis-aws-1.4.0': ['2.1.3'],
      'soc2-2017': ['CC6.1', 'A1.2'],
      'nist-800-53-r5': ['AC-3', 'IA-2', 'CP-9'],
      'nist-csf-2.0': ['PR.AA-03', 'PR.DS-11'],
    },
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'The reference maps list no SOC 2, NIST or CSF ids for this recommendation; CC6.1/A1.2, AC-3/IA-2 (strong authentication for destructive actions)/CP-9 and PR.AA-03/PR.DS-11 were chosen by control concept. Covers Terraform only: CloudFormation cannot express MFA delete.',
    resourceTypes: { terraform: ['aws_s3_bucket', 'aws_s3_bucket_versioning'] },
    aliases: { trivy: ['AVD-AWS-0170'], tfsec: ['aws-s3-require-mfa-delete'] },
    fix: 'unsafe',
  },
  check(bucket, ctx) {
    // CloudFormation has no MFA delete property: nothing in a template can satisfy or violate this.
    if (bucket.platform !== 'terraform') return;
    const mfa = bucket.versioning.mfaDelete;
    if (mfa.value instanceof Unknown) {
      ctx.cannotVerify(mfa, mfa.value, 'whether MFA delete is enabled');
      return;
    }
    if (mfa.value === true) return;
    ctx.report(mfa, mfa.present ? 'MFA delete is disabled: object versions can be permanently deleted without the root user\'s MFA.' : 'MFA delete is not enabled for this bucket (it is off by default; only the root user with MFA can turn it on).', {
      fixes: mfaDeleteFix(bucket),
    });
  },
});
