// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule } from '../../api';
import { checkResourcePolicyNotPublic } from '../../lib/resource-policy';

export default defineRule({
  target: 'resourcePolicies',
  meta: {
    id: 'AWS-S3-050',
    name: 's3-bucket-policy-not-public',
    title: 'S3 bucket policies do not let anyone use the bucket',
    severity: 'high',
    description:
      'No S3 bucket policy (`aws_s3_bucket_policy`, the `policy` of `aws_s3_bucket`, `AWS::S3::BucketPolicy`) has an Allow statement whose principal is `"*"`, `AWS: "*"` or every account (`arn:aws:iam::*:root`), or that uses NotPrincipal, without a condition that limits the caller, the source or the network (`aws:SourceArn`, `aws:SourceAccount`, `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:SourceVpce`, `aws:SourceVpc`, `aws:SourceIp`, ...). Deny statements, such as the one that refuses plain HTTP, are not affected.',
    rationale:
      'A bucket policy open to every principal publishes whatever the allowed actions reach: objects can be read, listed, overwritten or deleted by anyone, signed in or not. Block Public Access stops such a policy only while `block_public_policy` and `restrict_public_buckets` stay on, so the policy itself should not depend on that guard.',
    remediation:
      'Name the accounts, roles or services that need the bucket in `Principal`. For CloudFront, use the `cloudfront.amazonaws.com` service principal with an `aws:SourceArn` condition naming the distribution (origin access control); for access from your own organization add `aws:PrincipalOrgID`. There is no automatic fix: only you know who should be allowed.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
    ...byConcept('public-resource-policy', { remark: 'CIS 2.1.4 asks for Block Public Access (AWS-S3-001), not for this.' }),
    levels: {},
    resourceTypes: { terraform: ['aws_s3_bucket_policy', 'aws_s3_bucket'], cloudformation: ['AWS::S3::BucketPolicy'] },
    fix: 'none',
  },
  check(policy, ctx) {
    if (policy.service !== 's3') return;
    checkResourcePolicyNotPublic(policy, ctx, 'bucket');
  },
});
