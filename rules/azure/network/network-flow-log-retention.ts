// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import type { FixOp, PlannedFix } from '../../api';

const WHAT = 'how long flow logs are kept';

export default defineCatalogRule({
  kind: 'azure.network.flow-log',
  meta: {
    id: 'AZURE-NETWORK-020',
    name: 'network-flow-log-retention',
    title: 'Flow logs are kept for at least 90 days',
    severity: 'medium',
    description:
      'Every `azurerm_network_watcher_flow_log` (of a network security group, `network_security_group_id`, or of a virtual network, `target_resource_id` in azurerm 4.x) has `retention_policy { enabled = true, days = ... }` with `days` of 90 or more, or 0 (keep indefinitely). Same names in azurerm 3.x and 4.x.',
    rationale:
      'Flow logs are how an investigation learns which addresses talked to which hosts. Intrusions are often found weeks after they begin, so logs deleted after a few days cannot show how an attacker got in or what they reached.',
    remediation:
      'Set `retention_policy { enabled = true, days = 90 }` (or longer; 0 keeps logs indefinitely) on the flow log. Storage costs grow with retention. The quick fix writes 90 days and enables the policy.',
    links: ['https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher_flow_log#retention_policy'],
    ...byConcept('audit-logging', { cis: { 'cis-azure-6.0.0': ['7.5', '7.8'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_network_watcher_flow_log'] },
    aliases: { checkov: ['CKV_AZURE_12'] },
    fix: 'safe',
  },
  check(flowLog, ctx) {
    const { retentionEnabled: enabled, retentionDays: days } = flowLog.attrs;
    if (enabled.value instanceof Unknown) {
      ctx.cannotVerify(enabled, enabled.value, WHAT);
      return;
    }
    if (days.value instanceof Unknown) {
      ctx.cannotVerify(days, days.value, WHAT);
      return;
    }
    const longEnough = typeof days.value === 'number' && (days.value === 0 || days.value >= 90);
    if (enabled.value === true && longEnough) return;
    const ops: FixOp[] = [];
    if (enabled.value !== true && enabled.location) ops.push({ op: 'set', location: enabled.location, value: lit(true) });
    if (!longEnough && days.location) ops.push({ op: 'set', location: days.location, value: lit(90) });
    const fixes: PlannedFix[] = ops.length > 0 ? [{ id: 'retain-90-days', title: 'Keep flow logs for 90 days', safety: 'safe', ops }] : [];
    if (enabled.value !== true) ctx.report(enabled.present ? enabled : flowLog, 'The flow log\'s retention policy is off (`retention_policy { enabled }` is not true), so no retention of at least 90 days is set.', { fixes });
    else ctx.report(days, `The flow log is kept for ${typeof days.value === 'number' ? `${days.value} days` : 'an unset number of days'}, fewer than 90.`, { fixes: fixes.length > 0 ? fixes : setFix('retain-90-days', 'Keep flow logs for 90 days', 'safe', [days, lit(90)]) });
  },
});
