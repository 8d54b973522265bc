// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineModuleRule } from '../../api';
import { checkMonitoring, MONITORING_LINKS, MONITORING_RESOURCE_TYPES, monitoringRemediation } from '../../lib/monitoring';
import { MONITORING_SPECS } from '../../lib/monitoring-events';

const spec = MONITORING_SPECS['4.11']!;

export default defineModuleRule({
  meta: {
    id: 'AWS-MONITORING-011',
    name: 'monitoring-nacl-changes',
    title: 'Network ACL changes raise a CloudWatch alarm',
    severity: 'low',
    description: "A CloudWatch Logs metric filter on the log group CloudTrail delivers to matches creating, deleting and replacing network ACLs, their entries and associations; a CloudWatch alarm watches the filter's metric and notifies an SNS topic that has at least one subscription. The filter pattern is judged by the events it matches, not by its spelling.",
    rationale:
      'Network ACLs filter traffic for whole subnets. A changed entry can expose every resource in a subnet at once, so changes made outside the usual pipeline should be seen and checked.',
    remediation: monitoringRemediation('creating, deleting and replacing network ACLs, their entries and associations'),
    links: MONITORING_LINKS,
    ...byConcept('change-alerting', { cis: { 'cis-aws-5.0.0': ['4.11'], 'cis-aws-3.0.0': ['4.11'], 'cis-aws-1.4.0': ['4.11'] } }),
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    resourceTypes: MONITORING_RESOURCE_TYPES,
    aliases: { trivy: ['AVD-AWS-0157'], tfsec: ['aws-cloudwatch-require-nacl-changes-alarm'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkMonitoring(spec, model, ctx);
  },
});
