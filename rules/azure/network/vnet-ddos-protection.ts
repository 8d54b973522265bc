// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, placeholder, Unknown } from '../../api';
import type { PlannedFix } from '../../api';

const WHAT = 'whether the virtual network has DDoS Network Protection';

export default defineCatalogRule({
  kind: 'azure.network.virtual-network',
  meta: {
    id: 'AZURE-NETWORK-027',
    name: 'vnet-ddos-protection',
    title: 'Virtual networks have DDoS Network Protection',
    severity: 'low',
    description:
      'Every `azurerm_virtual_network` has `ddos_protection_plan { id = ..., enable = true }`, linking it to an `azurerm_network_ddos_protection_plan`. Same names in azurerm 3.x and 4.x.',
    rationale:
      'The basic infrastructure protection every Azure address gets is tuned for the platform, not for your application: attacks below its thresholds can still take a service down. Network Protection adapts to each public IP\'s traffic, adds mitigation reports and alerts, and comes with rapid response support.',
    remediation:
      'Create one `azurerm_network_ddos_protection_plan` (a plan covers many networks, across subscriptions of a tenant) and add `ddos_protection_plan { id = <plan>.id, enable = true }` to each network with public endpoints. A plan has a significant monthly price, so the quick fix (which adds a variable for the plan id) is unsafe.',
    links: ['https://learn.microsoft.com/azure/ddos-protection/ddos-protection-overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/virtual_network#ddos_protection_plan'],
    ...byConcept('public-network-exposure', { cis: { 'cis-azure-6.0.0': ['8.5'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_virtual_network'] },
    fix: 'unsafe',
  },
  check(vnet, ctx) {
    const { ddosPlanId: id, ddosEnabled: enabled } = vnet.attrs;
    // A plan id from a variable or another module still names a plan: the provider requires a value.
    if (enabled.value instanceof Unknown) {
      ctx.cannotVerify(enabled, enabled.value, WHAT);
      return;
    }
    if (id.present && id.value !== '' && enabled.value === true) return;
    const ops: PlannedFix['ops'] = [];
    if (!id.present) ops.push({ op: 'set', location: { target: vnet.target, path: ['ddos_protection_plan', 'id'] }, value: placeholder(vnet, 'ddos_protection_plan_id', 'ID of the DDoS protection plan for the virtual network') });
    if (enabled.value !== true) ops.push({ op: 'set', location: enabled.location ?? { target: vnet.target, path: ['ddos_protection_plan', 'enable'] }, value: lit(true) });
    const fixes: PlannedFix[] = [{ id: 'enable-ddos-protection', title: 'Enable DDoS Network Protection (adds a variable for the plan)', safety: 'unsafe', ops }];
    ctx.report(id.present ? enabled : vnet, id.present ? 'The virtual network is linked to a DDoS protection plan but protection is not enabled.' : 'The virtual network has no DDoS Network Protection (no `ddos_protection_plan`).', { fixes });
  },
});
