// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import type { Attr, CheckContext } from '../../api';

function check(ctx: CheckContext, policy: Attr<unknown>, which: string): void {
  if (policy.value instanceof Unknown) {
    ctx.cannotVerify(policy, policy.value, `the viewer protocol policy of ${which}`);
    return;
  }
  if (policy.value === 'redirect-to-https' || policy.value === 'https-only') return;
  const fixes = setFix('redirect-to-https', 'Redirect HTTP viewers to HTTPS', 'unsafe', [policy, lit('redirect-to-https')]);
  ctx.report(policy, `${which[0]!.toUpperCase()}${which.slice(1)} serves viewers over plain HTTP (viewer protocol policy ${JSON.stringify(policy.value ?? 'allow-all')}).`, { fixes });
}

export default defineCatalogRule({
  kind: 'aws.cloudfront.distribution',
  meta: {
    id: 'AWS-CLOUDFRONT-001',
    name: 'cloudfront-viewer-https',
    title: 'CloudFront cache behaviours require HTTPS from viewers',
    severity: 'high',
    description: 'The default cache behaviour and every ordered cache behaviour of a CloudFront distribution use the viewer protocol policy `redirect-to-https` or `https-only`, never `allow-all`.',
    rationale:
      'With `allow-all`, any path can be fetched over plain HTTP, so cookies, tokens and page content travel unencrypted between the viewer and the edge and can be read or rewritten in transit. One permissive behaviour is enough to expose the paths it matches.',
    remediation:
      'Terraform: set `viewer_protocol_policy = "redirect-to-https"` (or `"https-only"`) in `default_cache_behavior` and each `ordered_cache_behavior`. CloudFormation: set `ViewerProtocolPolicy: redirect-to-https` in `DistributionConfig.DefaultCacheBehavior` and each `CacheBehaviors` item. Clients that cannot follow redirects (some API callers using POST) may break, so the quick fix is unsafe.',
    links: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html'],
    ...byConcept('encryption-in-transit'),
    levels: {},
    resourceTypes: { terraform: ['aws_cloudfront_distribution'], cloudformation: ['AWS::CloudFront::Distribution'] },
    aliases: { checkov: ['CKV_AWS_34'], trivy: ['AVD-AWS-0012'], tfsec: ['aws-cloudfront-enforce-https'] },
    fix: 'unsafe',
  },
  check(dist, ctx) {
    check(ctx, dist.attrs.defaultViewerProtocolPolicy, 'the default cache behaviour');
    const ordered = dist.lists.orderedCacheBehaviors;
    if (ordered.unknown) ctx.cannotVerify(dist, ordered.unknown, 'the viewer protocol policies of the ordered cache behaviours');
    for (const b of ordered.items) {
      const pattern = b.attrs.pathPattern.value;
      check(ctx, b.attrs.viewerProtocolPolicy, typeof pattern === 'string' ? `the cache behaviour for ${JSON.stringify(pattern)}` : 'an ordered cache behaviour');
    }
  },
});
