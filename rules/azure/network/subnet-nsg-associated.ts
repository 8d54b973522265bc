// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineCatalogRule, placeholder, setFix, Unknown } from '../../api';
import type { PlannedFix } from '../../api';
import { attributeOf, companionTarget, linkTo } from '../../lib/azure';
import { isResourceAttribute } from '../../lib/checks';
import { createCompanion } from '../../api';

/** Subnets Azure reserves for a service that does not take (or does not need) a network security group. */
const EXEMPT = new Set(['gatewaysubnet', 'azurefirewallsubnet', 'azurefirewallmanagementsubnet', 'routeserversubnet']);
const WHAT = 'whether the subnet has a network security group';

export default defineCatalogRule({
  kind: 'azure.network.subnets',
  meta: {
    id: 'AZURE-NETWORK-023',
    name: 'subnet-nsg-associated',
    title: 'Subnets have a network security group',
    severity: 'medium',
    description:
      'Every `azurerm_subnet` is the `subnet_id` of an `azurerm_subnet_network_security_group_association` of the same module, and every inline `subnet` of an `azurerm_virtual_network` sets `security_group`. Subnets reserved for gateways, Azure Firewall and Route Server (`GatewaySubnet`, `AzureFirewallSubnet`, `AzureFirewallManagementSubnet`, `RouteServerSubnet`) are skipped: Azure does not support or need a group there. An association whose subnet comes from outside the module, or a subnet name that is unknown (it might be a reserved one), makes the result "cannot verify". Same names in azurerm 3.x and 4.x.',
    rationale:
      'Without a network security group, a subnet filters nothing: every host in it accepts whatever traffic the virtual network routes to it, and the first host to get a public IP or a peering is exposed. A group on the subnet gives every current and future host a default-deny baseline.',
    remediation:
      'Add `resource "azurerm_subnet_network_security_group_association" "..." { subnet_id = azurerm_subnet.<name>.id, network_security_group_id = azurerm_network_security_group.<nsg>.id }` (or `security_group = ...` in an inline `subnet`). The quick fix adds it with a variable for the group; it is unsafe because traffic the group does not allow is dropped.',
    links: ['https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/subnet_network_security_group_association'],
    ...byConcept('public-network-exposure', { cis: { 'cis-azure-6.0.0': ['7.11'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_subnet', 'azurerm_virtual_network'] },
    aliases: { checkov: ['CKV2_AZURE_31'] },
    fix: 'unsafe',
  },
  check(subnets, ctx) {
    const exempt = (name: unknown): boolean => typeof name === 'string' && EXEMPT.has(name.toLowerCase());
    // An unknown name may be one of the reserved subnets, which take no group: the finding would rest on it.
    // A name built from known parts (`"${random_id.p.hex}-sn"`) that no reserved name fits is not reserved.
    const unknownName = (name: { value: unknown }): Unknown | null => {
      const v = name.value;
      if (!(v instanceof Unknown)) return null;
      if (v.text === undefined) return v;
      const pattern = new RegExp(`^${v.text.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
      return [...EXEMPT].some((reserved) => pattern.test(reserved)) ? v : null;
    };
    if (subnets.sourceType === 'azurerm_virtual_network') {
      if (subnets.lists.inline.unknown) ctx.cannotVerify(subnets, subnets.lists.inline.unknown, WHAT);
      for (const item of subnets.lists.inline.items) {
        if (exempt(item.attrs.name.value)) continue;
        const group = item.attrs.securityGroup;
        const openName = unknownName(item.attrs.name);
        if (openName && !(typeof group.value === 'string' && group.value !== '') && !(group.value instanceof Unknown)) {
          ctx.cannotVerify(item.attrs.name, openName, WHAT);
          continue;
        }
        if (group.value instanceof Unknown) {
          if (!isResourceAttribute(group.value)) ctx.cannotVerify(group, group.value, WHAT);
          continue;
        }
        if (typeof group.value === 'string' && group.value !== '') continue;
        const name = typeof item.attrs.name.value === 'string' ? ` "${item.attrs.name.value}"` : '';
        ctx.report(group.present ? group : item.ref, `The subnet${name} has no network security group.`, {
          fixes: group.location ? setFix('add-nsg', 'Attach a network security group (adds a variable for it)', 'unsafe', [group, placeholder(subnets, 'network_security_group_id', 'ID of the network security group for the subnet')]) : [],
        });
      }
      return;
    }
    if (exempt(subnets.attrs.name.value)) return;
    let open: Unknown | null = null;
    for (const assoc of catalogOf(ctx.model, 'azure.network.subnet-nsg-association')) {
      const link = linkTo(assoc.attrs.subnetId.value, subnets);
      if (link === 'this') return;
      if (link instanceof Unknown) open ??= link;
    }
    open = unknownName(subnets.attrs.name) ?? open;
    if (open) {
      ctx.cannotVerify(subnets, open, WHAT);
      return;
    }
    const target = companionTarget(subnets, 'azurerm_subnet_network_security_group_association', 'nsg', [['subnet_id', attributeOf(subnets, 'id')]]);
    const fixes: PlannedFix[] = target
      ? [
          {
            id: 'add-nsg',
            title: 'Attach a network security group (adds a variable for it)',
            safety: 'unsafe',
            ops: [createCompanion(target, { terraform: [[['network_security_group_id'], placeholder(subnets, 'network_security_group_id', 'ID of the network security group for the subnet')]], cloudformation: [] })],
          },
        ]
      : [];
    ctx.report(subnets, 'No network security group is associated with the subnet.', { fixes });
  },
});
