// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const CLOUDFRONT = [
  {
    kind: 'aws.cloudfront.distribution',
    terraform: ['aws_cloudfront_distribution'],
    cloudformation: ['AWS::CloudFront::Distribution'],
    attrs: {
      defaultViewerProtocolPolicy: {
        type: 'string',
        terraform: ['default_cache_behavior', 'viewer_protocol_policy'],
        cloudformation: ['DistributionConfig', 'DefaultCacheBehavior', 'ViewerProtocolPolicy'],
        default: 'allow-all',
      },
      /** CloudFront's default when a custom certificate is used without a version is TLSv1. */
      minimumProtocolVersion: {
        type: 'string',
        terraform: ['viewer_certificate', 'minimum_protocol_version'],
        cloudformation: ['DistributionConfig', 'ViewerCertificate', 'MinimumProtocolVersion'],
        default: 'TLSv1',
      },
      defaultCertificate: {
        type: 'bool',
        terraform: ['viewer_certificate', 'cloudfront_default_certificate'],
        cloudformation: ['DistributionConfig', 'ViewerCertificate', 'CloudFrontDefaultCertificate'],
      },
      acmCertificateArn: {
        type: 'string',
        terraform: ['viewer_certificate', 'acm_certificate_arn'],
        cloudformation: ['DistributionConfig', 'ViewerCertificate', 'AcmCertificateArn'],
      },
      iamCertificateId: {
        type: 'string',
        terraform: ['viewer_certificate', 'iam_certificate_id'],
        cloudformation: ['DistributionConfig', 'ViewerCertificate', 'IamCertificateId'],
      },
      loggingBucket: { type: 'string', terraform: ['logging_config', 'bucket'], cloudformation: ['DistributionConfig', 'Logging', 'Bucket'] },
      webAclId: { type: 'string', terraform: ['web_acl_id'], cloudformation: ['DistributionConfig', 'WebACLId'] },
    },
    lists: {
      orderedCacheBehaviors: {
        terraform: ['ordered_cache_behavior'],
        cloudformation: ['DistributionConfig', 'CacheBehaviors'],
        attrs: {
          pathPattern: { type: 'string', terraform: ['path_pattern'], cloudformation: ['PathPattern'] },
          viewerProtocolPolicy: { type: 'string', terraform: ['viewer_protocol_policy'], cloudformation: ['ViewerProtocolPolicy'], default: 'allow-all' },
        },
      },
      origins: {
        terraform: ['origin'],
        cloudformation: ['DistributionConfig', 'Origins'],
        attrs: {
          /** Written only for custom (non-S3) origins. */
          originProtocolPolicy: {
            type: 'string',
            terraform: ['custom_origin_config', 'origin_protocol_policy'],
            cloudformation: ['CustomOriginConfig', 'OriginProtocolPolicy'],
          },
          originId: { type: 'string', terraform: ['origin_id'], cloudformation: ['Id'] },
          /** TLS versions CloudFront may use to the custom origin. */
          originSslProtocols: { type: 'list', terraform: ['custom_origin_config', 'origin_ssl_protocols'], cloudformation: ['CustomOriginConfig', 'OriginSSLProtocols'] },
        },
      },
    },
  },
] as const satisfies readonly CatalogKind[];
