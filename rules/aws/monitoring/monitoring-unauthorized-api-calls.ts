// SPDX-License-Identifier: Apache-2.0
import { defineModuleRule } from '../../api';
import { checkMonitoring, MONITORING_LINKS, MONITORING_MAPPING_NOTE, MONITORING_RESOURCE_TYPES, monitoringRemediation } from '../../lib/monitoring';
import { MONITORING_SPECS } from '../../lib/monitoring-events';

const spec = MONITORING_SPECS['4.1']!;

export default defineModuleRule({
  meta: {
    id: 'AWS-MONITORING-001',
    name: 'monitoring-unauthorized-api-calls',
    title: 'Unauthorized API calls raise a CloudWatch alarm',
    severity: 'low',
    description: "A CloudWatch Logs metric filter on the log group CloudTrail delivers to matches API calls refused with an UnauthorizedOperation or AccessDenied error; a CloudWatch alarm watches the filter's metric and notifies an SNS topic that has at least one subscription. The filter pattern is judged by the events it matches, not by its spelling.",
    rationale:
      'A burst of refused calls is one of the earliest signs that stolen keys are being tried out or that a role is probing beyond its permissions. Counting those errors from CloudTrail and alarming on them turns a quiet reconnaissance phase into something a person looks at.',
    remediation: monitoringRemediation('API calls refused with an UnauthorizedOperation or AccessDenied error'),
    links: MONITORING_LINKS,
    frameworks: {
      'cis-aws-5.0.0': ['4.1'],
      'cis-aws-3.0.0': ['4.1'],
      'cis-aws-1.4.0': ['4.1'],
      'soc2-2017': ['CC7.2', 'CC7.3'],
      'nist-800-53-r5': ['AU-6', 'SI-4'],
      'nist-csf-2.0': ['DE.AE-02', 'DE.AE-03', 'DE.AE-04', 'DE.AE-06', 'DE.AE-07', 'DE.AE-08', 'DE.CM-03', 'ID.RA-05'],
    },
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: MONITORING_MAPPING_NOTE,
    resourceTypes: MONITORING_RESOURCE_TYPES,
    aliases: { trivy: ['AVD-AWS-0147'], tfsec: ['aws-cloudwatch-require-unauthorised-api-call-alarm'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkMonitoring(spec, model, ctx);
  },
});
