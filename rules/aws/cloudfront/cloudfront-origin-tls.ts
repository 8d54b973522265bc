// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, list, lit, setFix, Unknown } from '../../api';

const WEAK = new Set(['SSLv3', 'TLSv1', 'TLSv1.1']);

export default defineCatalogRule({
  kind: 'aws.cloudfront.distribution',
  meta: {
    id: 'AWS-CLOUDFRONT-006',
    name: 'cloudfront-origin-tls',
    title: 'CloudFront uses only TLS 1.2 to custom origins',
    severity: 'medium',
    description: 'The SSL/TLS protocols CloudFront may use to reach custom origins (`origin_ssl_protocols` / `OriginSSLProtocols`) do not include SSLv3, TLSv1 or TLSv1.1.',
    rationale:
      'CloudFront negotiates the highest protocol the origin offers from the allowed list. Leaving SSLv3 or TLS 1.0/1.1 in it lets a misconfigured or downgraded origin connection fall back to protocols with known practical attacks.',
    remediation:
      'Terraform: set `origin_ssl_protocols = ["TLSv1.2"]` in each `custom_origin_config`. CloudFormation: set `CustomOriginConfig.OriginSSLProtocols: [TLSv1.2]`. An origin that cannot speak TLS 1.2 would become unreachable, so the quick fix is unsafe.',
    links: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-ciphers-cloudfront-to-origin.html'],
    ...byConcept('encryption-in-transit'),
    levels: {},
    resourceTypes: { terraform: ['aws_cloudfront_distribution'], cloudformation: ['AWS::CloudFront::Distribution'] },
    aliases: { checkov: ['CKV2_AWS_54'] },
    fix: 'unsafe',
  },
  check(dist, ctx) {
    const origins = dist.lists.origins;
    if (origins.unknown) ctx.cannotVerify(dist, origins.unknown, 'the TLS protocols used to the origins');
    for (const o of origins.items) {
      const protocols = o.attrs.originSslProtocols;
      if (!protocols.present) continue;
      const raw = protocols.raw;
      const id = typeof o.attrs.originId.value === 'string' ? ` ${JSON.stringify(o.attrs.originId.value)}` : '';
      if (raw instanceof Unknown) {
        ctx.cannotVerify(protocols, raw, `the TLS protocols used to origin${id}`);
        continue;
      }
      const items = Array.isArray(raw) ? raw : [raw];
      const weak = items.filter((p): p is string => typeof p === 'string' && WEAK.has(p));
      if (weak.length === 0) {
        const unknown = items.find((p): p is Unknown => p instanceof Unknown);
        if (unknown) ctx.cannotVerify(protocols, unknown, `the TLS protocols used to origin${id}`);
        continue;
      }
      ctx.report(protocols, `CloudFront may connect to origin${id} with ${weak.join(', ')}.`, {
        fixes: setFix('tls12-only', 'Allow only TLSv1.2 to the origin', 'unsafe', [protocols, list(lit('TLSv1.2'))]),
      });
    }
  },
});
