// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.ecr.repository',
  meta: {
    id: 'AWS-ECR-002',
    name: 'ecr-scan-on-push',
    title: 'ECR repositories scan images on push',
    severity: 'medium',
    description:
      'ECR repositories turn on image scanning on push, so every pushed image is checked for known vulnerabilities.',
    rationale:
      'Container images bundle an operating system and libraries that age quickly. Scanning each image as it is pushed gives a finding before the image is deployed, and a record that vulnerability management covers the images that actually run.',
    remediation:
      'Terraform: add `image_scanning_configuration { scan_on_push = true }` to the `aws_ecr_repository`. CloudFormation: set `ImageScanningConfiguration.ScanOnPush: true`. A registry-level scanning configuration (enhanced scanning) also covers this.',
    links: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html'],
    ...byConcept('vulnerability-scanning'),
    levels: {},
    resourceTypes: { terraform: ['aws_ecr_repository'], cloudformation: ['AWS::ECR::Repository'] },
    aliases: { checkov: ['CKV_AWS_163'], trivy: ['AVD-AWS-0030'], tfsec: ['aws-ecr-enable-image-scans'], cfn_nag: ['W79'] },
    fix: 'safe',
  },
  check(r, ctx) {
    const a = r.attrs.scanOnPush;
    requireValue(ctx, a, true, 'whether images are scanned on push', a.present ? 'Scanning on push is turned off for this repository.' : 'The repository does not scan images on push (it is off by default).', {
      id: 'enable',
      title: 'Scan images on push',
      safety: 'safe',
    });
  },
});
