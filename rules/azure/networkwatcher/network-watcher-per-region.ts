// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule, lit, localName, Unknown } from '../../api';
import type { FixValue } from '../../api';
import { addAzureResource, sameValue } from '../../lib/azure-account';

export default defineModuleRule({
  meta: {
    id: 'AZURE-NETWATCHER-001',
    name: 'network-watcher-per-region',
    title: 'Network Watcher is enabled in every region with a virtual network',
    severity: 'low',
    description:
      'For each region where the module has an `azurerm_virtual_network`, the module also has an `azurerm_network_watcher` in that region (locations compared without case or spaces; two locations from the same expression, `var.location`, match). A network in a region with no watcher is reported on the network; a location from a variable that matches no watcher is "cannot verify". Modules without virtual networks are not applicable. Azure creates a watcher automatically (in `NetworkWatcherRG`) unless that was turned off; such a watcher is not in the code, so a module relying on it should suppress the finding with that justification. Same names in azurerm 3.x and 4.x.',
    rationale:
      'Network Watcher is what flow logs, connection troubleshooting and packet capture run on. Without it in a region, the traffic of that region\'s networks cannot be recorded or examined when an incident needs it.',
    remediation:
      'Add `resource "azurerm_network_watcher"` with the region\'s `location` (one per region per subscription), or rely on the automatically created one and suppress the finding. The quick fix adds one next to the network, in its location and resource group; it is unsafe because Azure rejects a second watcher in a region that already has one.',
    links: ['https://learn.microsoft.com/azure/network-watcher/network-watcher-create', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_watcher'],
    ...byConcept('network-flow-logging', { cis: { 'cis-azure-6.0.0': ['7.6'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_network_watcher', 'azurerm_virtual_network'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const vnets = catalogOf(model, 'azure.network.virtual-network');
    if (vnets.length === 0) {
      ctx.notApplicable('no virtual network in this module');
      return;
    }
    const watchers = catalogOf(model, 'azure.network.watcher');
    const fixed = new Set<string>();
    for (const vnet of vnets) {
      const loc = vnet.attrs.location.value;
      let hidden: Unknown | null = null;
      const match = watchers.find((w) => {
        const same = sameValue(w.attrs.location.value, loc);
        if (same === null) hidden ??= w.attrs.location.value instanceof Unknown ? w.attrs.location.value : loc instanceof Unknown ? loc : null;
        return same === true;
      });
      if (match) {
        ctx.present(match);
        continue;
      }
      if (hidden) {
        ctx.cannotVerify(vnet, vnet.attrs.location, hidden, 'whether a Network Watcher runs in this network\'s region');
        continue;
      }
      const ref = (attr: string): FixValue => ({ kind: 'reference', terraform: `${vnet.address}.${attr}`, cloudformation: { ref: '' } });
      // One watcher per region: a second network in the same known region shares the first one's fix.
      const key = typeof loc === 'string' ? loc.toLowerCase().replace(/\s+/g, '') : vnet.address;
      const first = !fixed.has(key);
      fixed.add(key);
      ctx.report(vnet, vnet.attrs.location.present ? vnet.attrs.location : vnet, `No Network Watcher is defined for this network's region${typeof loc === 'string' ? ` (${loc})` : ''}, so its traffic cannot be logged or examined.`, {
        fixes: first
          ? addAzureResource(model, ctx, 'add-network-watcher', 'Add a Network Watcher in this region', 'azurerm_network_watcher', `${localName(vnet)}_watcher`, [
              [['name'], lit(`${localName(vnet)}-watcher`)],
              [['location'], ref('location')],
              [['resource_group_name'], ref('resource_group_name')],
            ])
          : [],
      });
    }
  },
});
