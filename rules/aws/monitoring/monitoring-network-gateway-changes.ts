// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineModuleRule } from '../../api';
import { checkMonitoring, MONITORING_LINKS, MONITORING_RESOURCE_TYPES, monitoringRemediation } from '../../lib/monitoring';
import { MONITORING_SPECS } from '../../lib/monitoring-events';

const spec = MONITORING_SPECS['4.12']!;

export default defineModuleRule({
  meta: {
    id: 'AWS-MONITORING-012',
    name: 'monitoring-network-gateway-changes',
    title: 'Network gateway changes raise a CloudWatch alarm',
    severity: 'medium',
    description: "A CloudWatch Logs metric filter on the log group CloudTrail delivers to matches creating, attaching, detaching and deleting internet and customer gateways; a CloudWatch alarm watches the filter's metric and notifies an SNS topic that has at least one subscription. The filter pattern is judged by the events it matches, not by its spelling.",
    rationale:
      'Gateways decide whether a network can reach the internet or an on-premises site at all. Attaching a new gateway can open a route around every other control, which makes these changes worth an alert.',
    remediation: monitoringRemediation('creating, attaching, detaching and deleting internet and customer gateways'),
    links: MONITORING_LINKS,
    ...byConcept('change-alerting', { cis: { 'cis-aws-5.0.0': ['4.12'], 'cis-aws-3.0.0': ['4.12'], 'cis-aws-1.4.0': ['4.12'] } }),
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    resourceTypes: MONITORING_RESOURCE_TYPES,
    aliases: { trivy: ['AVD-AWS-0158'], tfsec: ['aws-cloudwatch-require-network-gateway-changes-alarm'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkMonitoring(spec, model, ctx);
  },
});
