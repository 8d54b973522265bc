// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule, lit, placeholder, refersTo, setFix, Unknown } from '../../api';
import type { AttrLocation, FixOp } from '../../api';

export default defineModuleRule({
  meta: {
    id: 'AZURE-MONITOR-005',
    name: 'monitor-flow-log-traffic-analytics',
    title: 'Flow logs are sent to Log Analytics with traffic analytics',
    severity: 'medium',
    description:
      'Every `azurerm_network_watcher_flow_log` of the module is on (`enabled = true`) and has a `traffic_analytics` block with `enabled = true`, which sends the flows to a Log Analytics workspace; and every `azurerm_virtual_network` of the module is the `target_resource_id` of a flow log (VNet flow logs, azurerm 4.x; NSG flow logs through `network_security_group_id`, 3.x, are judged for traffic analytics too but cannot be created any more). A flow log off or without traffic analytics is reported on it, a virtual network with no flow log on the network; a flow log whose target comes from a variable makes the networks "cannot verify". Modules with neither are not applicable.',
    rationale:
      'Flow logs record which addresses talked to which, on which ports, and whether the traffic was allowed. Sent to Log Analytics with traffic analytics, they show scanning, lateral movement and data leaving the network, and they are the record an investigation needs after the fact.',
    remediation:
      'Add (or complete) `resource "azurerm_network_watcher_flow_log"` with `target_resource_id` = the virtual network\'s id, `enabled = true`, a `storage_account_id`, `retention_policy`, and `traffic_analytics { enabled = true, workspace_id, workspace_region, workspace_resource_id }`. The quick fix turns a flow log on or adds its `traffic_analytics` block with variables for the workspace; a network without a flow log gets none (the Network Watcher, storage account and retention are the owner\'s choice).',
    links: ['https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview', 'https://learn.microsoft.com/azure/network-watcher/traffic-analytics', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log'],
    ...byConcept('network-flow-logging', { cis: { 'cis-azure-6.0.0': ['6.1.1.5', '6.1.1.6'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_network_watcher_flow_log', 'azurerm_virtual_network'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const logs = catalogOf(model, 'azure.network.flow-log');
    const vnets = catalogOf(model, 'azure.network.virtual-network');
    if (logs.length === 0 && vnets.length === 0) {
      ctx.notApplicable('no virtual network or flow log in this module');
      return;
    }
    for (const log of logs) {
      const on = log.attrs.enabled;
      if (on.value instanceof Unknown) {
        ctx.cannotVerify(log, on, on.value, 'whether this flow log is on');
        continue;
      }
      if (on.value !== true) {
        ctx.report(log, on, 'This flow log is turned off, so no flows are recorded.', { fixes: setFix('enable', 'Turn the flow log on', 'unsafe', [on, lit(true)]) });
        continue;
      }
      const ta = log.lists.trafficAnalytics;
      if (ta.unknown) {
        ctx.cannotVerify(log, log, ta.unknown, 'whether this flow log feeds traffic analytics');
        continue;
      }
      const item = ta.items[0];
      if (!item) {
        const at = (path: string[]): AttrLocation => ({ target: log.target, path: ['traffic_analytics', ...path] });
        const ops: FixOp[] = [
          { op: 'set', location: at(['enabled']), value: lit(true) },
          { op: 'set', location: at(['workspace_id']), value: placeholder(ctx, 'flow_log_workspace_guid', 'Workspace (customer) id of the Log Analytics workspace for traffic analytics') },
          { op: 'set', location: at(['workspace_region']), value: placeholder(ctx, 'flow_log_workspace_region', 'Region of the Log Analytics workspace for traffic analytics') },
          { op: 'set', location: at(['workspace_resource_id']), value: placeholder(ctx, 'flow_log_workspace_resource_id', 'Resource id of the Log Analytics workspace for traffic analytics') },
        ];
        ctx.report(log, log, 'This flow log has no traffic analytics, so its flows are not sent to Log Analytics for analysis.', { fixes: [{ id: 'add-traffic-analytics', title: 'Send the flows to traffic analytics (fill in the workspace)', safety: 'unsafe', ops }] });
        continue;
      }
      const taOn = item.attrs.enabled;
      if (taOn.value instanceof Unknown) ctx.cannotVerify(log, taOn, taOn.value, 'whether this flow log feeds traffic analytics');
      else if (taOn.value !== true) ctx.report(log, taOn, 'Traffic analytics is turned off for this flow log.', { fixes: setFix('enable-traffic-analytics', 'Turn traffic analytics on', 'unsafe', [taOn, lit(true)]) });
      else ctx.present(log);
    }
    // A target from a variable or module output may be any network.
    const open = logs.map((l) => l.attrs.targetResourceId.value).find((v): v is Unknown => v instanceof Unknown && v.ref.kind !== 'resource' && v.ref.kind !== 'data');
    for (const vnet of vnets) {
      if (logs.some((l) => refersTo(l.attrs.targetResourceId.value, vnet, 'id'))) continue;
      if (open) ctx.cannotVerify(vnet, vnet, open, 'whether a flow log records this virtual network');
      else ctx.report(vnet, vnet, 'No flow log records the traffic of this virtual network.');
    }
  },
});
