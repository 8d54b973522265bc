// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, lit, setFix, Unknown } from '../../api';
import type { CheckContext, S3Bucket } from '../../api';

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
    title: 'S3 bucket ACLs grant nothing to everyone or to every AWS account',
    severity: 'high',
    description:
      'S3 buckets are not given the `public-read`, `public-read-write` or `authenticated-read` canned ACL, and no explicit ACL grant (`grant` blocks of `aws_s3_bucket_acl`\'s `access_control_policy`, or the legacy `grant` blocks of `aws_s3_bucket`) names the `AllUsers` or `AuthenticatedUsers` group: both give access to everyone or to every AWS account. CloudFormation buckets have canned ACLs only (`AccessControl`); there is no grant list to read. Since April 2023 new buckets have ACLs disabled (object ownership `BucketOwnerEnforced`) and Block Public Access on, so such an ACL is refused unless the code (or someone) also turned those off: a public ACL written in code is a declared intent to publish and keeps its high severity. A bucket with no ACL relies on that default and is not flagged.',
    rationale:
      'A public canned ACL publishes the bucket by itself: no policy, no presigned URL, nothing else is needed. "authenticated-read" sounds restricted but means any AWS customer. Object ownership settings and Block Public Access normally neutralize ACLs, which makes a public ACL in code a latent exposure waiting for one of those guards to be turned off.',
    remediation:
      'Terraform: set `acl = "private"` on the `aws_s3_bucket_acl` (or the legacy `acl` argument), or better remove the ACL resource and use `aws_s3_bucket_ownership_controls` with `BucketOwnerEnforced`. Remove `grant` blocks whose grantee URI ends in `/global/AllUsers` or `/global/AuthenticatedUsers` (no quick fix for those: the grant has to go, and only you know whether someone still relies on it). CloudFormation: set `AccessControl: Private` or remove it. Serve public content through CloudFront with origin access control instead.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl'],
    ...byConcept('public-resource-policy', { remark: 'No CIS recommendation of its own: CIS 2.1.4 (Block Public Access) guards against public ACLs among other grants. An ACL grant to everyone is a resource policy in its older form.' }),
    levels: {},
    resourceTypes: { terraform: ['aws_s3_bucket', 'aws_s3_bucket_acl'], cloudformation: ['AWS::S3::Bucket'] },
    aliases: { checkov: ['CKV_AWS_20', 'CKV_AWS_57'], trivy: ['AVD-AWS-0092'], tfsec: ['aws-s3-no-public-access-with-acl'], cfn_nag: ['F14', 'W31'], guard: ['S3_BUCKET_NO_PUBLIC_RW_ACL', 'S3_BUCKET_PUBLIC_READ_ACL'] },
    fix: 'unsafe',
  },
  check(bucket, ctx) {
    checkCannedAcl(bucket, ctx);
    checkGrants(bucket, ctx);
  },
});

function checkCannedAcl(bucket: S3Bucket, ctx: CheckContext): void {
  const acl = bucket.acl;
  if (acl.value instanceof Unknown) {
    ctx.cannotVerify(acl, acl.value, 'which canned ACL the bucket has');
    return;
  }
  if (typeof acl.value !== 'string') return;
  const what = PUBLIC[acl.value];
  if (!what) return;
  const priv = bucket.platform === 'terraform' ? 'private' : 'Private';
  ctx.report(acl, `The bucket has the canned ACL ${JSON.stringify(acl.value)}: ${what} (S3 refuses it while ACLs are disabled and Block Public Access is on, the defaults for new buckets since April 2023, so it takes effect only where those were turned off).`, {
    fixes: setFix('make-private', `Set the ACL to ${priv} (public readers lose access)`, 'unsafe', [acl, lit(priv)]),
  });
}

/** The two predefined groups that make an ACL grant public, by the last segment of their URI. */
const PUBLIC_GROUPS: Record<string, string> = {
  AllUsers: 'everyone on the internet (AllUsers)',
  AuthenticatedUsers: 'every AWS account in the world (AuthenticatedUsers)',
};
const GROUP_URI = /^https?:\/\/acs\.amazonaws\.com\/groups\/global\/(\w+)\/?$/;

/** Explicit grants (`grant` blocks) to the AllUsers or AuthenticatedUsers group. No fix: the grant has to go. */
function checkGrants(bucket: S3Bucket, ctx: CheckContext): void {
  if (bucket.grants.unknown) ctx.cannotVerify(bucket, bucket.grants.unknown, 'whom the bucket ACL grants access to');
  for (const g of bucket.grants.items) {
    const uri = g.uri.value;
    if (uri instanceof Unknown) {
      const type = g.granteeType.value;
      // Only a Group grantee has a URI; a canonical user or e-mail grantee is never the public.
      if (typeof type === 'string' && type !== 'Group') continue;
      ctx.cannotVerify(g.uri, uri, 'whether the ACL grant is to a public group');
      continue;
    }
    if (typeof uri !== 'string') continue;
    const group = GROUP_URI.exec(uri.trim())?.[1];
    const who = group ? PUBLIC_GROUPS[group] : undefined;
    if (!who) continue;
    const p = g.permissions.value;
    const perms = Array.isArray(p) ? p.filter((x): x is string => typeof x === 'string') : typeof p === 'string' ? [p] : [];
    const what = perms.length > 0 ? perms.join(', ') : 'access';
    ctx.report(g.uri, `The bucket ACL grants ${what} to ${who}.`);
  }
}
