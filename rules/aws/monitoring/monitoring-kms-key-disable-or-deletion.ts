// SPDX-License-Identifier: Apache-2.0
import { defineModuleRule } from '../../api';
import { checkMonitoring, MONITORING_LINKS, MONITORING_MAPPING_NOTE, MONITORING_RESOURCE_TYPES, monitoringRemediation } from '../../lib/monitoring';
import { MONITORING_SPECS } from '../../lib/monitoring-events';

const spec = MONITORING_SPECS['4.7']!;

export default defineModuleRule({
  meta: {
    id: 'AWS-MONITORING-007',
    name: 'monitoring-kms-key-disable-or-deletion',
    title: 'Disabling or scheduling deletion of KMS keys raises a CloudWatch alarm',
    severity: 'low',
    description: "A CloudWatch Logs metric filter on the log group CloudTrail delivers to matches disabling a KMS key or scheduling its deletion; a CloudWatch alarm watches the filter's metric and notifies an SNS topic that has at least one subscription. The filter pattern is judged by the events it matches, not by its spelling.",
    rationale:
      'Data encrypted under a deleted key is gone for good, and a disabled key stops every service that depends on it. The deletion waiting period only helps if someone learns about the scheduled deletion in time to cancel it.',
    remediation: monitoringRemediation('disabling a KMS key or scheduling its deletion'),
    links: MONITORING_LINKS,
    frameworks: {
      'cis-aws-5.0.0': ['4.7'],
      'cis-aws-3.0.0': ['4.7'],
      'cis-aws-1.4.0': ['4.7'],
      'soc2-2017': ['CC7.2', 'CC7.3'],
      'nist-800-53-r5': ['AU-6', 'SI-4', 'SC-12'],
      'nist-csf-2.0': ['ID.RA-05'],
    },
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    mappingNote: MONITORING_MAPPING_NOTE,
    resourceTypes: MONITORING_RESOURCE_TYPES,
    aliases: { trivy: ['AVD-AWS-0153'], tfsec: ['aws-cloudwatch-require-cmk-disabled-alarm'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkMonitoring(spec, model, ctx);
  },
});
