// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineModuleRule } from '../../api';
import { checkGcpMonitoring, GCP_MONITORING_LINKS, GCP_MONITORING_TYPES, gcpMonitoringRemediation } from '../../lib/gcp-monitoring';
import { GCP_MONITORING_SPECS } from '../../lib/gcp-monitoring-events';

const spec = GCP_MONITORING_SPECS['2.6']!;

export default defineModuleRule({
  meta: {
    id: 'GCP-LOGGING-006',
    name: 'logging-metric-audit-config-changes',
    title: 'Audit configuration changes raise an alert',
    severity: 'medium',
    description: `A log-based metric (\`google_logging_metric\`) counts ${spec.what} and an enabled alert policy (\`google_monitoring_alert_policy\`) with at least one notification channel watches it. The metric's filter is judged by the audit log entries it matches (${spec.mustMatch.map((e) => e.label).join('; ')}), not by its spelling; filters using functions such as \`log_id()\` are reported as "cannot verify". When no module has such a metric and alert, one project-level finding is reported.`,
    rationale:
      'Turning off or exempting audit logs is what someone does before acting unobserved. A change to the audit configuration deserves immediate attention even when it is legitimate.',
    remediation: gcpMonitoringRemediation(spec.what),
    links: GCP_MONITORING_LINKS,
    ...byConcept('change-alerting', { cis: { 'cis-gcp-5.0.0': ['2.6'] } }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: GCP_MONITORING_TYPES,
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkGcpMonitoring(spec, model, ctx);
  },
});
