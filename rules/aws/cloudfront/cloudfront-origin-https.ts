// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';

export default defineCatalogRule({
  kind: 'aws.cloudfront.distribution',
  meta: {
    id: 'AWS-CLOUDFRONT-005',
    name: 'cloudfront-origin-https',
    title: 'CloudFront reaches custom origins over HTTPS',
    severity: 'medium',
    description: 'Custom (non-S3) origins of a CloudFront distribution do not use the origin protocol policy `http-only`.',
    rationale:
      'Encrypting the viewer side alone leaves the leg from the edge to the origin in clear text across the internet, where the same data can be read or altered. `https-only` (or `match-viewer` with HTTPS viewers) keeps it encrypted end to end.',
    remediation:
      'Terraform: set `origin_protocol_policy = "https-only"` in each `custom_origin_config`. CloudFormation: set `CustomOriginConfig.OriginProtocolPolicy: https-only` on each origin. The origin must serve HTTPS with a certificate valid for its domain, so the quick fix is unsafe.',
    links: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html'],
    ...byConcept('encryption-in-transit'),
    levels: {},
    resourceTypes: { terraform: ['aws_cloudfront_distribution'], cloudformation: ['AWS::CloudFront::Distribution'] },
    aliases: { checkov: ['CKV2_AWS_72'] },
    fix: 'unsafe',
  },
  check(dist, ctx) {
    const origins = dist.lists.origins;
    if (origins.unknown) ctx.cannotVerify(dist, origins.unknown, 'the protocol policies of the origins');
    for (const o of origins.items) {
      const policy = o.attrs.originProtocolPolicy;
      if (!policy.present) continue;
      const id = typeof o.attrs.originId.value === 'string' ? ` ${JSON.stringify(o.attrs.originId.value)}` : '';
      if (policy.value instanceof Unknown) {
        ctx.cannotVerify(policy, policy.value, `the protocol policy of origin${id}`);
        continue;
      }
      if (policy.value !== 'http-only') continue;
      ctx.report(policy, `CloudFront reaches origin${id} over plain HTTP.`, { fixes: setFix('https-only', 'Use HTTPS to the origin', 'unsafe', [policy, lit('https-only')]) });
    }
  },
});
