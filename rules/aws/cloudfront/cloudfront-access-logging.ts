// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, placeholder, setFix, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';
import { vendedDelivery } from '../../lib/log-delivery';

export default defineCatalogRule({
  kind: 'aws.cloudfront.distribution',
  meta: {
    id: 'AWS-CLOUDFRONT-003',
    name: 'cloudfront-access-logging',
    title: 'CloudFront distributions write access logs',
    severity: 'medium',
    description:
      'CloudFront distributions deliver standard access logs: to an S3 bucket (legacy logging, `logging_config` / `DistributionConfig.Logging`), or through standard logging v2, a CloudWatch Logs delivery source for the distribution\'s `ACCESS_LOGS` (`aws_cloudwatch_log_delivery_source` / `AWS::Logs::DeliverySource`) with a delivery that uses it (`aws_cloudwatch_log_delivery` / `AWS::Logs::Delivery`). A source without a delivery sends nothing.',
    rationale:
      'Edge access logs record each viewer request (address, path, status, TLS protocol). They are how abuse, scraping and attacks on the content delivery tier are detected and investigated, and they cannot be produced retroactively.',
    remediation:
      'Terraform: add `logging_config { bucket = "<bucket>.s3.amazonaws.com" }`. CloudFormation: add `DistributionConfig.Logging.Bucket: <bucket>.s3.amazonaws.com`. The bucket must allow ACLs for the log delivery account. The quick fix adds a variable/parameter for the bucket domain name.',
    links: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html'],
    frameworks: {
      'soc2-2017': ['CC7.2'],
      'nist-800-53-r5': ['AU-2', 'AU-12'],
      'nist-csf-2.0': ['DE.CM-01'],
    },
    levels: {},
    mappingNote: 'Not a CIS v5/v3/v1.4 Foundations recommendation; mapped by control concept (logging of web front ends: SOC 2 CC7.2, NIST AU-2/AU-12, CSF DE.CM-01).',
    resourceTypes: { terraform: ['aws_cloudfront_distribution'], cloudformation: ['AWS::CloudFront::Distribution'] },
    aliases: { checkov: ['CKV_AWS_86'], trivy: ['AVD-AWS-0010'], tfsec: ['aws-cloudfront-enable-logging'], cfn_nag: ['W10'] },
    fix: 'unsafe',
  },
  check(dist, ctx) {
    const bucket = dist.attrs.loggingBucket!;
    if (bucket.value instanceof Unknown) {
      // A resource attribute (`aws_wafv2_web_acl.x.arn`) always exists; a variable or parameter may be empty.
      // A `!Sub ${Bucket}.s3.amazonaws.com` is never empty.
      if (!isResourceAttribute(bucket.value) && bucket.value.mayBe('')) ctx.cannotVerify(bucket, bucket.value, 'where the distribution writes access logs');
      return;
    }
    if (bucket.present && bucket.value !== '') return;
    // Standard logging v2: CloudWatch Logs vended delivery of the distribution's ACCESS_LOGS.
    const v2 = vendedDelivery(ctx.model, dist, 'ACCESS_LOGS');
    if (v2.state === 'delivered') return;
    if (v2.state === 'undecided') {
      ctx.cannotVerify(dist, v2.unknown, `whether the distribution's access logs are delivered (${v2.at.address} may be its log delivery)`);
      return;
    }
    if (v2.state === 'source-only') {
      ctx.report(bucket, `The distribution has a log delivery source (${v2.source.address}) but no log delivery uses it, so no access logs are delivered.`);
      return;
    }
    const fixes = setFix('enable-logging', 'Enable access logs (adds a variable for the bucket)', 'unsafe', [
      bucket,
      placeholder(dist, 'cloudfront_log_bucket', 'Domain name of the S3 bucket for CloudFront access logs (<bucket>.s3.amazonaws.com)'),
    ]);
    ctx.report(bucket, 'The distribution does not write access logs.', { fixes });
  },
});
