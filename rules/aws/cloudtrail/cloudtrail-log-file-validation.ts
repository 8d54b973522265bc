// SPDX-License-Identifier: Apache-2.0
import { defineRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineRule({
  target: 'cloudTrails',
  meta: {
    id: 'AWS-CLOUDTRAIL-002',
    name: 'cloudtrail-log-file-validation',
    title: 'CloudTrail log file validation is enabled',
    severity: 'medium',
    description: 'Trails deliver signed digest files so that any change to, or deletion of, a log file can be detected.',
    rationale:
      'Logs are evidence only if they can be shown to be unaltered. Digest files chain hashes of every delivered log file; without them, someone who can write to the log bucket can rewrite history unnoticed.',
    remediation: 'Set `enable_log_file_validation = true` (Terraform) or `EnableLogFileValidation: true` (CloudFormation).',
    links: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html'],
    frameworks: {
      'cis-aws-5.0.0': ['3.2'],
      'cis-aws-3.0.0': ['3.2'],
      'cis-aws-1.4.0': ['3.2'],
      'soc2-2017': ['CC7.3', 'PI1.3'],
      'nist-800-53-r5': ['AU-9', 'SC-16', 'SI-4', 'SI-7'],
      'nist-csf-2.0': ['DE.CM-01', 'PR.PS-04'],
    },
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    resourceTypes: { terraform: ['aws_cloudtrail'], cloudformation: ['AWS::CloudTrail::Trail'] },
    aliases: { checkov: ['CKV_AWS_36'], trivy: ['AVD-AWS-0016'], tfsec: ['aws-cloudtrail-enable-log-validation'], kics: ['2a3560fe-52ca-4443-b34f-bf0ed5eb74c8', '52ffcfa6-6c70-4ea6-8376-d828d3961669'], guard: ['CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED'] },
    fix: 'safe',
  },
  check(trail, ctx) {
    requireValue(ctx, trail.logFileValidation, true, 'whether log file validation is enabled',
      trail.logFileValidation.present ? 'Log file validation is turned off for this trail.' : 'Log file validation is not enabled (the setting is missing and defaults to false).',
      { id: 'enable', title: 'Enable log file validation', safety: 'safe' });
  },
});
