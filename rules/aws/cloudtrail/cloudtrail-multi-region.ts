// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineRule({
  target: 'cloudTrails',
  meta: {
    id: 'AWS-CLOUDTRAIL-001',
    name: 'cloudtrail-multi-region',
    title: 'CloudTrail trail records every region',
    severity: 'high',
    description: 'Trails are multi-region, so API activity in every region (including ones the team does not use) is recorded.',
    rationale:
      'An attacker with stolen credentials often works in a region nobody watches. A single-region trail leaves that activity unrecorded; a multi-region trail also captures global service events in one place.',
    remediation: 'Set `is_multi_region_trail = true` (Terraform) or `IsMultiRegionTrail: true` (CloudFormation) on the trail.',
    links: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html'],
    ...byConcept('activity-log-export', { cis: { 'cis-aws-5.0.0': ['3.1'], 'cis-aws-3.0.0': ['3.1'], 'cis-aws-1.4.0': ['3.1'] } }),
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    resourceTypes: { terraform: ['aws_cloudtrail'], cloudformation: ['AWS::CloudTrail::Trail'] },
    aliases: { checkov: ['CKV_AWS_67'], trivy: ['AVD-AWS-0014'], tfsec: ['aws-cloudtrail-enable-all-regions'], guard: ['MULTI_REGION_CLOUD_TRAIL_ENABLED'] },
    fix: 'safe',
    presence: 'No CloudTrail trail is defined in this {where}, so API activity is not recorded in any region.',
  },
  check(trail, ctx) {
    requireValue(ctx, trail.isMultiRegion, true, 'whether the trail is multi-region',
      trail.isMultiRegion.present ? 'The trail records only its home region.' : 'The trail is not multi-region (the setting is missing and defaults to false).',
      { id: 'enable', title: 'Make the trail multi-region', safety: 'safe' });
  },
});
