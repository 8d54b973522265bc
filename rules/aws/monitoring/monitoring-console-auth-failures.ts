// SPDX-License-Identifier: Apache-2.0
import { defineModuleRule } from '../../api';
import { checkMonitoring, MONITORING_LINKS, MONITORING_MAPPING_NOTE, MONITORING_RESOURCE_TYPES, monitoringRemediation } from '../../lib/monitoring';
import { MONITORING_SPECS } from '../../lib/monitoring-events';

const spec = MONITORING_SPECS['4.6']!;

export default defineModuleRule({
  meta: {
    id: 'AWS-MONITORING-006',
    name: 'monitoring-console-auth-failures',
    title: 'Console authentication failures raise a CloudWatch alarm',
    severity: 'low',
    description: "A CloudWatch Logs metric filter on the log group CloudTrail delivers to matches failed console sign-ins; a CloudWatch alarm watches the filter's metric and notifies an SNS topic that has at least one subscription. The filter pattern is judged by the events it matches, not by its spelling.",
    rationale:
      'Repeated failed sign-ins point at password guessing against console users. Alerting on them gives the team time to lock the targeted user or block the source before a guess succeeds.',
    remediation: monitoringRemediation('failed console sign-ins'),
    links: MONITORING_LINKS,
    frameworks: {
      'cis-aws-5.0.0': ['4.6'],
      'cis-aws-3.0.0': ['4.6'],
      'cis-aws-1.4.0': ['4.6'],
      'soc2-2017': ['CC7.2', 'CC7.3'],
      'nist-800-53-r5': ['AU-6', 'SI-4', 'AC-7'],
      'nist-csf-2.0': ['DE.AE-02', 'DE.AE-03', 'DE.AE-04', 'DE.AE-06', 'DE.AE-07', 'DE.AE-08', 'DE.CM-03', 'ID.RA-05', 'PR.AA-03', 'PR.PS-04'],
    },
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    mappingNote: MONITORING_MAPPING_NOTE,
    resourceTypes: MONITORING_RESOURCE_TYPES,
    aliases: { trivy: ['AVD-AWS-0152'], tfsec: ['aws-cloudwatch-require-console-login-failures-alarm'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkMonitoring(spec, model, ctx);
  },
});
