// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';

const MODERN = new Set(['TLSv1.2_2021', 'TLSv1.2_2025', 'TLSv1.3_2025']);

export default defineCatalogRule({
  kind: 'aws.cloudfront.distribution',
  meta: {
    id: 'AWS-CLOUDFRONT-002',
    name: 'cloudfront-minimum-tls',
    title: 'CloudFront distributions require TLS 1.2 (TLSv1.2_2021 or later)',
    severity: 'medium',
    description:
      'CloudFront distributions use their own certificate (ACM or IAM) with a minimum protocol version of `TLSv1.2_2021` or later. The default `*.cloudfront.net` certificate always accepts TLS 1.0, so it fails too.',
    rationale:
      'Older security policies let viewers negotiate TLS 1.0/1.1 and weak ciphers that are no longer considered safe. Setting the floor at TLS 1.2 with modern ciphers removes the downgrade path for every viewer connection.',
    remediation:
      'Terraform: in `viewer_certificate`, use `acm_certificate_arn` with `ssl_support_method = "sni-only"` and `minimum_protocol_version = "TLSv1.2_2021"`. CloudFormation: in `DistributionConfig.ViewerCertificate`, set `AcmCertificateArn`, `SslSupportMethod: sni-only` and `MinimumProtocolVersion: TLSv1.2_2021`. The quick fix raises the minimum version where a custom certificate is already used; it is unsafe because very old clients can no longer connect.',
    links: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html'],
    ...byConcept('encryption-in-transit'),
    levels: {},
    resourceTypes: { terraform: ['aws_cloudfront_distribution'], cloudformation: ['AWS::CloudFront::Distribution'] },
    aliases: { checkov: ['CKV_AWS_174'], trivy: ['AVD-AWS-0013'], tfsec: ['aws-cloudfront-use-secure-tls-policy'], cfn_nag: ['W70'] },
    fix: 'unsafe',
  },
  check(dist, ctx) {
    const custom = dist.attrs.acmCertificateArn.present || dist.attrs.iamCertificateId.present;
    if (!custom) {
      const def = dist.attrs.defaultCertificate;
      if (def.value instanceof Unknown) {
        ctx.cannotVerify(def, def.value, 'which certificate the distribution uses');
        return;
      }
      ctx.report(def.present ? def : dist, 'The distribution uses the default CloudFront certificate, which always accepts TLS 1.0; use your own certificate with TLSv1.2_2021 or later.');
      return;
    }
    const version = dist.attrs.minimumProtocolVersion;
    if (version.value instanceof Unknown) {
      ctx.cannotVerify(version, version.value, 'the minimum TLS version for viewers');
      return;
    }
    if (typeof version.value === 'string' && MODERN.has(version.value)) return;
    const fixes = setFix('tls12-2021', 'Require TLSv1.2_2021', 'unsafe', [version, lit('TLSv1.2_2021')]);
    ctx.report(version, version.present ? `The minimum protocol version ${JSON.stringify(version.value)} allows TLS older than 1.2 or weak ciphers.` : 'No minimum protocol version is set; the default (TLSv1) allows TLS 1.0.', { fixes });
  },
});
