// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { flowLogTarget, requireFlowLogRetention } from '../../lib/azure-flow-logs';

export default defineCatalogRule({
  kind: 'azure.network.flow-log',
  meta: {
    id: 'AZURE-NETWORK-020',
    name: 'network-flow-log-retention',
    title: 'Network security group flow logs are kept for at least 90 days',
    severity: 'medium',
    description:
      'Every `azurerm_network_watcher_flow_log` of a network security group (`network_security_group_id`, azurerm 3.x, or a `target_resource_id` that refers to an `azurerm_network_security_group`) has `retention_policy { enabled = true, days = ... }` with `days` of 90 or more, or 0 (keep indefinitely). Flow logs of virtual networks and of targets from outside the module are judged by AZURE-NETWORK-029 (CIS 7.8). Same names in azurerm 3.x and 4.x.',
    rationale:
      'Flow logs are how an investigation learns which addresses talked to which hosts. Intrusions are often found weeks after they begin, so logs deleted after a few days cannot show how an attacker got in or what they reached.',
    remediation:
      'Set `retention_policy { enabled = true, days = 90 }` (or longer; 0 keeps logs indefinitely) on the flow log. Storage costs grow with retention. The quick fix writes 90 days and enables the policy.',
    links: ['https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log#retention_policy'],
    ...byConcept('audit-logging', { cis: { 'cis-azure-6.0.0': ['7.5'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_network_watcher_flow_log'] },
    aliases: { checkov: ['CKV_AZURE_12'] },
    fix: 'safe',
  },
  check(flowLog, ctx) {
    if (flowLogTarget(flowLog) === 'network-security-group') requireFlowLogRetention(flowLog, ctx);
  },
});
