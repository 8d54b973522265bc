// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule } from '../../api';

export default defineModuleRule({
  meta: {
    id: 'AZURE-MONITOR-018',
    name: 'monitor-application-insights',
    title: 'Application Insights is configured',
    severity: 'low',
    description:
      'The subscription has at least one `azurerm_application_insights` resource. When no module has one, one project-level finding is reported. Which applications send telemetry to it is configured in the applications, which the rule does not follow. Same name in azurerm 3.x and 4.x.',
    rationale:
      'Application Insights records requests, failures, dependencies and exceptions of applications. That telemetry shows an application being probed or misused (spikes of failed logins, unusual request patterns) and is what an investigation of an application incident starts from.',
    remediation:
      'Add `resource "azurerm_application_insights"` (workspace-based: `workspace_id` of a Log Analytics workspace, `application_type`) and connect the applications to it with its connection string. There is no quick fix: which applications to instrument, and where, is the owner\'s choice. Suppress the finding in modules with no application.',
    links: ['https://learn.microsoft.com/azure/azure-monitor/app/app-insights-overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/application_insights'],
    ...byConcept('application-monitoring', { cis: { 'cis-azure-6.0.0': ['6.1.3.1'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_application_insights'] },
    fix: 'none',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const insights = catalogOf(model, 'azure.monitor.application-insights');
    for (const i of insights) ctx.present(i);
    if (insights.length === 0) ctx.reportMissing('No Application Insights resource is defined in this module, so application activity is not recorded for monitoring.');
  },
});
