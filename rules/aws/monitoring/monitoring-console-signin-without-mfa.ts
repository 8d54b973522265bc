// SPDX-License-Identifier: Apache-2.0
import { defineModuleRule } from '../../api';
import { checkMonitoring, MONITORING_LINKS, MONITORING_MAPPING_NOTE, MONITORING_RESOURCE_TYPES, monitoringRemediation } from '../../lib/monitoring';
import { MONITORING_SPECS } from '../../lib/monitoring-events';

const spec = MONITORING_SPECS['4.2']!;

export default defineModuleRule({
  meta: {
    id: 'AWS-MONITORING-002',
    name: 'monitoring-console-signin-without-mfa',
    title: 'Console sign-ins without MFA raise a CloudWatch alarm',
    severity: 'medium',
    description: "A CloudWatch Logs metric filter on the log group CloudTrail delivers to matches successful console sign-ins by IAM users that did not use MFA; a CloudWatch alarm watches the filter's metric and notifies an SNS topic that has at least one subscription. The filter pattern is judged by the events it matches, not by its spelling.",
    rationale:
      'An IAM user that reaches the console with only a password is one leaked password away from a takeover. An alert on every such sign-in shows which users still lack a second factor and catches a password-only login that should not have happened.',
    remediation: monitoringRemediation('successful console sign-ins by IAM users that did not use MFA'),
    links: MONITORING_LINKS,
    frameworks: {
      'cis-aws-5.0.0': ['4.2'],
      'cis-aws-3.0.0': ['4.2'],
      'cis-aws-1.4.0': ['4.2'],
      'soc2-2017': ['CC7.2', 'CC7.3'],
      'nist-800-53-r5': ['AU-6', 'SI-4', 'IA-2'],
      'nist-csf-2.0': ['DE.AE-02', 'DE.AE-03', 'DE.AE-04', 'DE.AE-06', 'DE.AE-07', 'DE.AE-08', 'DE.CM-03', 'ID.RA-05', 'PR.AA-03', 'PR.PS-04'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: MONITORING_MAPPING_NOTE,
    resourceTypes: MONITORING_RESOURCE_TYPES,
    aliases: { trivy: ['AVD-AWS-0148'], tfsec: ['aws-cloudwatch-require-non-mfa-login-alarm'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkMonitoring(spec, model, ctx);
  },
});
