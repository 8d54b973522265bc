// SPDX-License-Identifier: Apache-2.0
import { defineModuleRule } from '../../api';
import { checkMonitoring, MONITORING_LINKS, MONITORING_MAPPING_NOTE, MONITORING_RESOURCE_TYPES, monitoringRemediation } from '../../lib/monitoring';
import { MONITORING_SPECS } from '../../lib/monitoring-events';

const spec = MONITORING_SPECS['4.3']!;

export default defineModuleRule({
  meta: {
    id: 'AWS-MONITORING-003',
    name: 'monitoring-root-account-usage',
    title: 'Use of the root user raises a CloudWatch alarm',
    severity: 'medium',
    description: "A CloudWatch Logs metric filter on the log group CloudTrail delivers to matches API calls and sign-ins by the root user that were not made on its behalf by an AWS service; a CloudWatch alarm watches the filter's metric and notifies an SNS topic that has at least one subscription. The filter pattern is judged by the events it matches, not by its spelling.",
    rationale:
      'The root user cannot be restricted by IAM policies and is needed for almost nothing day to day. Any use of it is either a rare, planned task or an incident, and in both cases someone should hear about it at once.',
    remediation: monitoringRemediation('API calls and sign-ins by the root user that were not made on its behalf by an AWS service'),
    links: MONITORING_LINKS,
    frameworks: {
      'cis-aws-5.0.0': ['4.3'],
      'cis-aws-3.0.0': ['4.3'],
      'cis-aws-1.4.0': ['4.3'],
      'soc2-2017': ['CC7.2', 'CC7.3'],
      'nist-800-53-r5': ['AU-6', 'SI-4', 'AC-6'],
      'nist-csf-2.0': ['ID.RA-05', 'PR.AA-03', 'PR.PS-04'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: MONITORING_MAPPING_NOTE,
    resourceTypes: MONITORING_RESOURCE_TYPES,
    aliases: { trivy: ['AVD-AWS-0149'], tfsec: ['aws-cloudwatch-require-root-user-usage-alarm'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkMonitoring(spec, model, ctx);
  },
});
