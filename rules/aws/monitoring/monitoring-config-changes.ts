// SPDX-License-Identifier: Apache-2.0
import { defineModuleRule } from '../../api';
import { checkMonitoring, MONITORING_LINKS, MONITORING_MAPPING_NOTE, MONITORING_RESOURCE_TYPES, monitoringRemediation } from '../../lib/monitoring';
import { MONITORING_SPECS } from '../../lib/monitoring-events';

const spec = MONITORING_SPECS['4.9']!;

export default defineModuleRule({
  meta: {
    id: 'AWS-MONITORING-009',
    name: 'monitoring-config-changes',
    title: 'AWS Config configuration changes raise a CloudWatch alarm',
    severity: 'low',
    description: "A CloudWatch Logs metric filter on the log group CloudTrail delivers to matches stopping or changing the AWS Config recorder or delivery channel; a CloudWatch alarm watches the filter's metric and notifies an SNS topic that has at least one subscription. The filter pattern is judged by the events it matches, not by its spelling.",
    rationale:
      'AWS Config keeps the history of how resources were configured. Stopping the recorder or changing where it delivers blinds compliance checks and investigations alike, so such changes deserve an immediate look.',
    remediation: monitoringRemediation('stopping or changing the AWS Config recorder or delivery channel'),
    links: MONITORING_LINKS,
    frameworks: {
      'cis-aws-5.0.0': ['4.9'],
      'cis-aws-3.0.0': ['4.9'],
      'cis-aws-1.4.0': ['4.9'],
      'soc2-2017': ['CC7.2', 'CC7.3'],
      'nist-800-53-r5': ['AU-6', 'SI-4', 'CM-3'],
      'nist-csf-2.0': ['DE.AE-02', 'DE.AE-03', 'DE.AE-04', 'DE.AE-06', 'DE.AE-07', 'DE.AE-08', 'DE.CM-06', 'DE.CM-09', 'ID.RA-05'],
    },
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    mappingNote: MONITORING_MAPPING_NOTE,
    resourceTypes: MONITORING_RESOURCE_TYPES,
    aliases: { trivy: ['AVD-AWS-0155'], tfsec: ['aws-cloudwatch-require-config-configuration-changes-alarm'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkMonitoring(spec, model, ctx);
  },
});
