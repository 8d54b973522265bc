// SPDX-License-Identifier: Apache-2.0
import { defineRule, lit, Unknown } from '../../api';
import type { Attr, FixOp } from '../../api';

export default defineRule({
  target: 's3Buckets',
  meta: {
    id: 'AWS-S3-001',
    name: 's3-block-public-access',
    title: 'S3 bucket blocks all public access',
    severity: 'high',
    description:
      'Every S3 bucket has all four Block Public Access settings turned on: block and ignore public ACLs, block public bucket policies, and restrict public buckets. A setting declared `false` (or left out of a declared public access block, where it defaults to `false`) is a high-severity finding. A bucket with no public access block at all is reported with low severity: since April 2023 S3 turns all four settings on for new buckets, so the bucket starts protected, but the code relies on that AWS default instead of declaring it (nothing keeps it from being turned off, and buckets created before then do not have it). The account-level block (AWS-ACCOUNT-002) covers every bucket of the account.',
    rationale:
      'A single ACL or policy statement granting access to everyone is enough to expose a bucket. Block Public Access is a guard rail above those grants: with all four settings on, a mistaken grant is rejected or ignored instead of publishing data.',
    remediation:
      'Terraform: add an `aws_s3_bucket_public_access_block` for the bucket with `block_public_acls`, `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` set to `true`. CloudFormation: set all four flags under the bucket\'s `PublicAccessBlockConfiguration`. A bucket that must serve public content should do so through CloudFront with origin access control, not through public bucket access.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
    frameworks: {
      'cis-aws-5.0.0': ['2.1.4'],
      'cis-aws-3.0.0': ['2.1.4'],
      'cis-aws-1.4.0': ['2.1.5'],
      'soc2-2017': ['CC6.1', 'CC6.6'],
      'nist-800-53-r5': ['AC-3', 'AC-4', 'AC-6', 'AC-17', 'SC-7'],
      'nist-csf-2.0': ['PR.AA-05', 'PR.DS-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'The reference maps list no SOC 2 criteria or CSF subcategories for this recommendation; CC6.1/CC6.6 (logical access, protection from outside the boundary) and PR.AA-05/PR.DS-01 were chosen by control concept.',
    resourceTypes: { terraform: ['aws_s3_bucket', 'aws_s3_bucket_public_access_block'], cloudformation: ['AWS::S3::Bucket'] },
    aliases: { checkov: ['CKV2_AWS_6', 'CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'], trivy: ['AVD-AWS-0086', 'AVD-AWS-0087', 'AVD-AWS-0091', 'AVD-AWS-0093', 'AVD-AWS-0094'], tfsec: ['aws-s3-block-public-acls', 'aws-s3-block-public-policy', 'aws-s3-ignore-public-acls', 'aws-s3-no-public-buckets', 'aws-s3-specify-public-access-block'], guard: ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED', 'S3_BUCKET_PUBLIC_READ_PROHIBITED', 'S3_BUCKET_PUBLIC_WRITE_PROHIBITED'] },
    fix: 'unsafe',
  },
  check(bucket, ctx) {
    const pab = bucket.publicAccessBlock;
    const settings: [Attr<boolean>, string][] = [
      [pab.blockPublicAcls, 'block public ACLs'],
      [pab.blockPublicPolicy, 'block public policies'],
      [pab.ignorePublicAcls, 'ignore public ACLs'],
      [pab.restrictPublicBuckets, 'restrict public buckets'],
    ];
    const off = settings.filter(([a]) => a.value !== true && !(a.value instanceof Unknown));
    for (const [a, what] of settings) {
      if (a.value instanceof Unknown) ctx.cannotVerify(a, a.value, `whether the bucket's public access block is set to ${what}`);
    }
    if (off.length === 0) return;
    const ops: FixOp[] = settings.flatMap(([a]) => (a.location && a.value !== true && !(a.value instanceof Unknown) ? [{ op: 'set' as const, location: a.location, value: lit(true) }] : []));
    const fixes = ops.length === off.length ? [{ id: 'block-all', title: pab.exists ? 'Turn on all public access block settings' : 'Add a public access block with every setting on', safety: 'unsafe' as const, ops }] : [];
    if (!pab.exists) {
      // Since April 2023 S3 turns all four settings on for every new bucket, so a bucket this code creates
      // starts out protected. What the code does not show is whether it stays so (or was created earlier):
      // a finding of low severity that says so, with the fix that declares the settings.
      ctx.report(bucket, 'No public access block is declared for the bucket: not declared in code, it relies on the AWS default (all four settings on for buckets created since April 2023), which nothing here keeps from being turned off and which does not cover older buckets. Declare the four settings to make them part of the code.', { fixes, severity: 'low' });
      return;
    }
    // One finding per setting that is off, each on its own attribute, all offering the complete fix.
    for (const [a, what] of off) {
      ctx.report(a, `The public access block does not ${what}: the setting is ${a.present ? 'false' : 'missing (defaults to false)'}.`, { fixes });
    }
  },
});
