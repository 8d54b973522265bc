// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { flowLogTarget, requireFlowLogRetention } from '../../lib/azure-flow-logs';

export default defineCatalogRule({
  kind: 'azure.network.flow-log',
  meta: {
    id: 'AZURE-NETWORK-029',
    name: 'vnet-flow-log-retention',
    title: 'Virtual network flow logs are kept for at least 90 days',
    severity: 'medium',
    description:
      'Every `azurerm_network_watcher_flow_log` whose `target_resource_id` (azurerm 4.x) is not a network security group (a virtual network, subnet or network interface, or a target from outside the module) has `retention_policy { enabled = true, days = ... }` with `days` of 90 or more, or 0 (keep indefinitely). Flow logs of network security groups are judged by AZURE-NETWORK-020 (CIS 7.5); Azure stopped creating new ones in June 2025.',
    rationale:
      'Flow logs are how an investigation learns which addresses talked to which hosts. Intrusions are often found weeks after they begin, so logs deleted after a few days cannot show how an attacker got in or what they reached.',
    remediation:
      'Set `retention_policy { enabled = true, days = 90 }` (or longer; 0 keeps logs indefinitely) on the flow log. Storage costs grow with retention. The quick fix writes 90 days and enables the policy.',
    links: ['https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log#retention_policy'],
    ...byConcept('audit-logging', { cis: { 'cis-azure-6.0.0': ['7.8'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_network_watcher_flow_log'] },
    fix: 'safe',
  },
  check(flowLog, ctx) {
    if (flowLogTarget(flowLog) === 'other') requireFlowLogRetention(flowLog, ctx);
  },
});
