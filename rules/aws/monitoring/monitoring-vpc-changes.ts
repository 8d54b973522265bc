// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineModuleRule } from '../../api';
import { checkMonitoring, MONITORING_LINKS, MONITORING_RESOURCE_TYPES, monitoringRemediation } from '../../lib/monitoring';
import { MONITORING_SPECS } from '../../lib/monitoring-events';

const spec = MONITORING_SPECS['4.14']!;

export default defineModuleRule({
  meta: {
    id: 'AWS-MONITORING-014',
    name: 'monitoring-vpc-changes',
    title: 'VPC changes raise a CloudWatch alarm',
    severity: 'medium',
    description: "A CloudWatch Logs metric filter on the log group CloudTrail delivers to matches creating, deleting and modifying VPCs, VPC peering connections and ClassicLink; a CloudWatch alarm watches the filter's metric and notifies an SNS topic that has at least one subscription. The filter pattern is judged by the events it matches, not by its spelling.",
    rationale:
      'VPCs and peering connections define which networks can talk to each other. A new peering connection or a changed VPC attribute can join environments that were meant to stay apart, so such changes should reach a person.',
    remediation: monitoringRemediation('creating, deleting and modifying VPCs, VPC peering connections and ClassicLink'),
    links: MONITORING_LINKS,
    ...byConcept('change-alerting', { cis: { 'cis-aws-5.0.0': ['4.14'], 'cis-aws-3.0.0': ['4.14'], 'cis-aws-1.4.0': ['4.14'] } }),
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    resourceTypes: MONITORING_RESOURCE_TYPES,
    aliases: { trivy: ['AVD-AWS-0160'], tfsec: ['aws-cloudwatch-require-vpc-changes-alarm'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkMonitoring(spec, model, ctx);
  },
});
