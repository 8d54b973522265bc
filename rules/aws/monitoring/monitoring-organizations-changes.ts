// SPDX-License-Identifier: Apache-2.0
import { defineModuleRule } from '../../api';
import { checkMonitoring, MONITORING_LINKS, MONITORING_MAPPING_NOTE, MONITORING_RESOURCE_TYPES, monitoringRemediation } from '../../lib/monitoring';
import { MONITORING_SPECS } from '../../lib/monitoring-events';

const spec = MONITORING_SPECS['4.15']!;

export default defineModuleRule({
  meta: {
    id: 'AWS-MONITORING-015',
    name: 'monitoring-organizations-changes',
    title: 'AWS Organizations changes raise a CloudWatch alarm',
    severity: 'medium',
    description: "A CloudWatch Logs metric filter on the log group CloudTrail delivers to matches changes to the organization: accounts, organizational units, policies and handshakes; a CloudWatch alarm watches the filter's metric and notifies an SNS topic that has at least one subscription. The filter pattern is judged by the events it matches, not by its spelling.",
    rationale:
      'The organization holds the service control policies that bound every member account. Detaching a policy, moving an account or inviting a new one changes the guardrails for everything below, so each change should be confirmed.',
    remediation: monitoringRemediation('changes to the organization: accounts, organizational units, policies and handshakes'),
    links: MONITORING_LINKS,
    frameworks: {
      'cis-aws-5.0.0': ['4.15'],
      'cis-aws-3.0.0': ['4.15'],
      'cis-aws-1.4.0': ['4.15'],
      'soc2-2017': ['CC7.2', 'CC7.3'],
      'nist-800-53-r5': ['AU-6', 'SI-4', 'CM-3'],
      'nist-csf-2.0': ['DE.CM-03', 'DE.AE-02'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: MONITORING_MAPPING_NOTE + ' The reference data has no NIST CSF row for 4.15; DE.CM-03 and DE.AE-02 are chosen by concept.',
    resourceTypes: MONITORING_RESOURCE_TYPES,
    aliases: { trivy: ['AVD-AWS-0174'], tfsec: ['aws-cloudwatch-require-org-changes-alarm'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkMonitoring(spec, model, ctx);
  },
});
