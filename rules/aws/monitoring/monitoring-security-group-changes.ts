// SPDX-License-Identifier: Apache-2.0
import { defineModuleRule } from '../../api';
import { checkMonitoring, MONITORING_LINKS, MONITORING_MAPPING_NOTE, MONITORING_RESOURCE_TYPES, monitoringRemediation } from '../../lib/monitoring';
import { MONITORING_SPECS } from '../../lib/monitoring-events';

const spec = MONITORING_SPECS['4.10']!;

export default defineModuleRule({
  meta: {
    id: 'AWS-MONITORING-010',
    name: 'monitoring-security-group-changes',
    title: 'Security group changes raise a CloudWatch alarm',
    severity: 'low',
    description: "A CloudWatch Logs metric filter on the log group CloudTrail delivers to matches creating or deleting security groups and adding or removing their rules; a CloudWatch alarm watches the filter's metric and notifies an SNS topic that has at least one subscription. The filter pattern is judged by the events it matches, not by its spelling.",
    rationale:
      'Security groups are the firewall in front of every instance and many managed services. A rule opened to the internet outside the normal change process is a direct path in, and an alert lets the team close it quickly.',
    remediation: monitoringRemediation('creating or deleting security groups and adding or removing their rules'),
    links: MONITORING_LINKS,
    frameworks: {
      'cis-aws-5.0.0': ['4.10'],
      'cis-aws-3.0.0': ['4.10'],
      'cis-aws-1.4.0': ['4.10'],
      'soc2-2017': ['CC7.2', 'CC7.3'],
      'nist-800-53-r5': ['AU-6', 'SI-4', 'SC-7'],
      'nist-csf-2.0': ['DE.CM-01', 'ID.RA-05'],
    },
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    mappingNote: MONITORING_MAPPING_NOTE,
    resourceTypes: MONITORING_RESOURCE_TYPES,
    aliases: { trivy: ['AVD-AWS-0156'], tfsec: ['aws-cloudwatch-require-sg-change-alarms'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkMonitoring(spec, model, ctx);
  },
});
