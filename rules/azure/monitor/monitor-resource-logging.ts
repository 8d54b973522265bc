// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, typesOfKind, lit, localName, refersTo, Unknown } from '../../api';
import type { FixValue } from '../../api';
import { addAzureResource, categoriesOf, diagnosticSettingsOf, hasDestination, workspacePlaceholder } from '../../lib/azure-account';

export default defineCatalogRule({
  kind: 'azure.monitor.loggable-resource',
  meta: {
    id: 'AZURE-MONITOR-020',
    name: 'monitor-resource-logging',
    title: 'Resources that write resource logs have a diagnostic setting',
    severity: 'low',
    description:
      'Each resource of a type that writes resource logs (network security groups, application gateways, firewalls, public IPs, AKS clusters, app services and function apps, databases, Cosmos DB, caches, messaging namespaces, container registries, API Management and more: the rule\'s resource types) has an `azurerm_monitor_diagnostic_setting` whose `target_resource_id` refers to it, with a destination and at least one log (an `enabled_log` block with a `category` or `category_group`, or a 3.x `log` block not turned off). A resource with no such setting is reported on the resource; a setting with metrics only, or with no destination, on the setting; when some setting\'s target comes from a variable, "cannot verify". Key vaults and Databricks workspaces have their own rules (AZURE-MONITOR-004, the Databricks logging rule); storage accounts log per service and are not judged here. Same names in azurerm 3.x and 4.x.',
    rationale:
      'Resource logs are what a resource records about the requests it serves and the decisions it makes: denied flows, rejected logins, failed API calls. Azure does not keep them unless a diagnostic setting sends them somewhere, so without one an incident on the resource cannot be investigated afterwards.',
    remediation:
      'Add `resource "azurerm_monitor_diagnostic_setting"` with `target_resource_id = <resource>.id`, a destination (a Log Analytics workspace, a storage account or an event hub) and `enabled_log { category_group = "allLogs" }` (or the categories you need). Log ingestion is billed, so pick the categories with the cost in mind. The quick fix adds a setting for all logs to a Log Analytics workspace, with a variable for the workspace id.',
    links: ['https://learn.microsoft.com/azure/azure-monitor/essentials/resource-logs', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_diagnostic_setting'],
    ...byConcept('audit-logging', { cis: { 'cis-azure-6.0.0': ['6.1.4'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: typesOfKind('azure.monitor.loggable-resource'),
    fix: 'unsafe',
  },
  check(resource, ctx) {
    if (resource.platform !== 'terraform') return;
    let hidden: Unknown | null = null;
    for (const s of diagnosticSettingsOf(ctx.model)(resource.address)) {
      const target = s.attrs.targetResourceId.value;
      if (!refersTo(target, resource, 'id')) {
        // A variable or module output may name this resource; another resource's id or a literal does not.
        if (target instanceof Unknown && target.ref.kind !== 'resource' && target.ref.kind !== 'data') hidden ??= target;
        continue;
      }
      const { enabled, groups, unknown } = categoriesOf(s);
      const logs = enabled.size > 0 || groups.size > 0;
      if (logs && hasDestination(s)) return;
      if (!logs && unknown) {
        hidden ??= unknown;
        continue;
      }
      if (!logs) {
        ctx.report(s, 'This diagnostic setting exports no log category of the resource (metrics at most), so its resource logs are not kept.');
        return;
      }
      ctx.report(s, 'This diagnostic setting names no destination (no workspace, storage account or event hub), so the resource logs are not kept.');
      return;
    }
    if (hidden) {
      ctx.cannotVerify(resource, hidden, 'whether the resource logs of this resource are exported (a diagnostic setting\'s target is not known)');
      return;
    }
    const id: FixValue = { kind: 'reference', terraform: `${resource.address}.id`, cloudformation: { ref: '' } };
    ctx.report(resource, 'No diagnostic setting exports the resource logs of this resource, so what it records is not kept anywhere.', {
      fixes: addAzureResource(ctx.model, resource, 'add-resource-logging', 'Export all resource logs to Log Analytics (fill in the workspace)', 'azurerm_monitor_diagnostic_setting', `${localName(resource)}_logs`, [
        [['name'], lit(`${localName(resource)}-logs`)],
        [['target_resource_id'], id],
        [['log_analytics_workspace_id'], workspacePlaceholder(resource)],
        [['enabled_log', 'category_group'], lit('allLogs')],
      ]),
    });
  },
});
