// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, placeholder, setFix, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.cloudfront.distribution',
  meta: {
    id: 'AWS-CLOUDFRONT-004',
    name: 'cloudfront-waf',
    title: 'CloudFront distributions are protected by a web ACL',
    severity: 'medium',
    description: 'CloudFront distributions name an AWS WAF web ACL (`web_acl_id` / `DistributionConfig.WebACLId`).',
    rationale:
      'A distribution is the public entry point of an application. A web ACL at the edge filters common exploits, bad bots and floods before they reach the origin, and gives rate limits and managed rule updates without changing the application.',
    remediation:
      'Terraform: set `web_acl_id` to the ARN of an `aws_wafv2_web_acl` with `scope = "CLOUDFRONT"` (created in us-east-1). CloudFormation: set `DistributionConfig.WebACLId` to the web ACL ARN. The quick fix adds a variable/parameter for the ARN.',
    links: ['https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html'],
    ...byConcept('edge-input-validation'),
    levels: {},
    resourceTypes: { terraform: ['aws_cloudfront_distribution'], cloudformation: ['AWS::CloudFront::Distribution'] },
    aliases: { checkov: ['CKV_AWS_68'], trivy: ['AVD-AWS-0011'], tfsec: ['aws-cloudfront-enable-waf'] },
    fix: 'unsafe',
  },
  check(dist, ctx) {
    const acl = dist.attrs.webAclId;
    if (acl.value instanceof Unknown) {
      // A resource attribute (`aws_wafv2_web_acl.x.arn`) always exists; a variable or parameter may be empty.
      if (!isResourceAttribute(acl.value)) ctx.cannotVerify(acl, acl.value, 'which web ACL protects the distribution');
      return;
    }
    if (acl.present && acl.value !== '') return;
    const fixes = setFix('attach-web-acl', 'Attach a web ACL (adds a variable for its ARN)', 'unsafe', [
      acl,
      placeholder(dist, 'cloudfront_web_acl_arn', 'ARN of the AWS WAF web ACL (scope CLOUDFRONT) that protects the distribution'),
    ]);
    ctx.report(acl, 'The distribution has no AWS WAF web ACL.', { fixes });
  },
});
