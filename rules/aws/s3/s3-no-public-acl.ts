// SPDX-License-Identifier: Apache-2.0
import { defineRule, lit, setFix, Unknown } from '../../api';

/** Canned ACLs that grant access to everyone or to every AWS account (Terraform and CloudFormation spellings). */
const PUBLIC: Record<string, string> = {
  'public-read': 'anyone on the internet can list and read objects',
  'public-read-write': 'anyone on the internet can list, read and write objects',
  'authenticated-read': 'any AWS account in the world can list and read objects',
  PublicRead: 'anyone on the internet can list and read objects',
  PublicReadWrite: 'anyone on the internet can list, read and write objects',
  AuthenticatedRead: 'any AWS account in the world can list and read objects',
};

export default defineRule({
  target: 's3Buckets',
  meta: {
    id: 'AWS-S3-006',
    name: 's3-no-public-acl',
    title: 'S3 buckets do not use a public canned ACL',
    severity: 'high',
    description: 'S3 buckets are not given the `public-read`, `public-read-write` or `authenticated-read` canned ACL, which grant access to everyone or to every AWS account.',
    rationale:
      'A public canned ACL publishes the bucket by itself: no policy, no presigned URL, nothing else is needed. "authenticated-read" sounds restricted but means any AWS customer. Object ownership settings and Block Public Access normally neutralize ACLs, which makes a public ACL in code a latent exposure waiting for one of those guards to be turned off.',
    remediation:
      'Terraform: set `acl = "private"` on the `aws_s3_bucket_acl` (or the legacy `acl` argument), or better remove the ACL resource and use `aws_s3_bucket_ownership_controls` with `BucketOwnerEnforced`. CloudFormation: set `AccessControl: Private` or remove it. Serve public content through CloudFront with origin access control instead.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl'],
    frameworks: {
      'soc2-2017': ['CC6.1', 'CC6.6'],
      'nist-800-53-r5': ['AC-3', 'AC-6', 'SC-7'],
      'nist-csf-2.0': ['PR.AA-05', 'PR.DS-01'],
    },
    levels: {},
    mappingNote: 'Not a separate CIS Foundations recommendation (it is part of what CIS 2.1.4 Block Public Access guards against); mapped by control concept (logical access and boundary protection: SOC 2 CC6.1/CC6.6, NIST AC-3/AC-6/SC-7, CSF PR.AA-05/PR.DS-01).',
    resourceTypes: { terraform: ['aws_s3_bucket', 'aws_s3_bucket_acl'], cloudformation: ['AWS::S3::Bucket'] },
    aliases: { checkov: ['CKV_AWS_20', 'CKV_AWS_57'], trivy: ['AVD-AWS-0092'], tfsec: ['aws-s3-no-public-access-with-acl'], cfn_nag: ['F14', 'W31'], guard: ['S3_BUCKET_NO_PUBLIC_RW_ACL', 'S3_BUCKET_PUBLIC_READ_ACL'] },
    fix: 'unsafe',
  },
  check(bucket, ctx) {
    const acl = bucket.acl;
    if (acl.value instanceof Unknown) {
      ctx.cannotVerify(acl, acl.value, 'which canned ACL the bucket has');
      return;
    }
    if (typeof acl.value !== 'string') return;
    const what = PUBLIC[acl.value];
    if (!what) return;
    const priv = bucket.platform === 'terraform' ? 'private' : 'Private';
    ctx.report(acl, `The bucket has the canned ACL ${JSON.stringify(acl.value)}: ${what}.`, {
      fixes: setFix('make-private', `Set the ACL to ${priv} (public readers lose access)`, 'unsafe', [acl, lit(priv)]),
    });
  },
});
