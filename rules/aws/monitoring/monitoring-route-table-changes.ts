// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineModuleRule } from '../../api';
import { checkMonitoring, MONITORING_LINKS, MONITORING_RESOURCE_TYPES, monitoringRemediation } from '../../lib/monitoring';
import { MONITORING_SPECS } from '../../lib/monitoring-events';

const spec = MONITORING_SPECS['4.13']!;

export default defineModuleRule({
  meta: {
    id: 'AWS-MONITORING-013',
    name: 'monitoring-route-table-changes',
    title: 'Route table changes raise a CloudWatch alarm',
    severity: 'medium',
    description: "A CloudWatch Logs metric filter on the log group CloudTrail delivers to matches creating, replacing and deleting routes and route tables and changing their associations; a CloudWatch alarm watches the filter's metric and notifies an SNS topic that has at least one subscription. The filter pattern is judged by the events it matches, not by its spelling.",
    rationale:
      'A single added route can send a private subnet’s traffic to the internet or through an appliance an attacker controls. Alerting on route changes makes unexpected traffic paths visible while they are new.',
    remediation: monitoringRemediation('creating, replacing and deleting routes and route tables and changing their associations'),
    links: MONITORING_LINKS,
    ...byConcept('change-alerting', { cis: { 'cis-aws-5.0.0': ['4.13'], 'cis-aws-3.0.0': ['4.13'], 'cis-aws-1.4.0': ['4.13'] } }),
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    resourceTypes: MONITORING_RESOURCE_TYPES,
    aliases: { trivy: ['AVD-AWS-0159'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkMonitoring(spec, model, ctx);
  },
});
