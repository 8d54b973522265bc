// SPDX-License-Identifier: Apache-2.0
import { defineModuleRule } from '../../api';
import { checkMonitoring, MONITORING_LINKS, MONITORING_MAPPING_NOTE, MONITORING_RESOURCE_TYPES, monitoringRemediation } from '../../lib/monitoring';
import { MONITORING_SPECS } from '../../lib/monitoring-events';

const spec = MONITORING_SPECS['4.5']!;

export default defineModuleRule({
  meta: {
    id: 'AWS-MONITORING-005',
    name: 'monitoring-cloudtrail-changes',
    title: 'CloudTrail configuration changes raise a CloudWatch alarm',
    severity: 'medium',
    description: "A CloudWatch Logs metric filter on the log group CloudTrail delivers to matches creating, updating and deleting trails and starting or stopping their logging; a CloudWatch alarm watches the filter's metric and notifies an SNS topic that has at least one subscription. The filter pattern is judged by the events it matches, not by its spelling.",
    rationale:
      'Turning off or redirecting the audit trail is how someone hides what they do next. Because the trail itself records the change before it takes effect, an alarm on it is the last chance to notice that the record is about to go dark.',
    remediation: monitoringRemediation('creating, updating and deleting trails and starting or stopping their logging'),
    links: MONITORING_LINKS,
    frameworks: {
      'cis-aws-5.0.0': ['4.5'],
      'cis-aws-3.0.0': ['4.5'],
      'cis-aws-1.4.0': ['4.5'],
      'soc2-2017': ['CC7.2', 'CC7.3'],
      'nist-800-53-r5': ['AU-6', 'SI-4', 'AU-9'],
      'nist-csf-2.0': ['DE.AE-02', 'DE.AE-03', 'DE.AE-04', 'DE.AE-06', 'DE.AE-07', 'DE.AE-08', 'DE.CM-06', 'DE.CM-09', 'ID.RA-05', 'RS.AN-03', 'RS.AN-06', 'RS.AN-07'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: MONITORING_MAPPING_NOTE,
    resourceTypes: MONITORING_RESOURCE_TYPES,
    aliases: { trivy: ['AVD-AWS-0151'], tfsec: ['aws-cloudwatch-require-cloud-trail-change-alarm'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkMonitoring(spec, model, ctx);
  },
});
