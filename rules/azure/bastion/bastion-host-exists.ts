// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule } from '../../api';

export default defineModuleRule({
  meta: {
    id: 'AZURE-BASTION-001',
    name: 'bastion-host-exists',
    title: 'An Azure Bastion host provides remote access to virtual machines',
    severity: 'low',
    description:
      'Where the module has virtual networks (`azurerm_virtual_network`), the workspace has an `azurerm_bastion_host`. When no module has one, one project-level finding is reported; modules without virtual networks are not applicable. Whether every network can reach the Bastion (peering, one per hub) is a design question the rule does not judge. Same names in azurerm 3.x and 4.x.',
    rationale:
      'Without a Bastion, administrators reach machines over RDP or SSH through public IP addresses or open ports, which attackers scan for all day. A Bastion host gives browser-based or native-client access over TLS from the portal, with no public address on the machines and sign-in through Entra ID.',
    remediation:
      'Add an `azurerm_bastion_host` with an `ip_configuration` in a subnet named `AzureBastionSubnet` (a /26 or larger) and a Standard public IP, and remove public IPs and open management ports from the machines. There is no quick fix: the subnet, address range and SKU are design choices. If remote access goes through another controlled path (a VPN, Just-in-Time access), suppress the finding with that justification.',
    links: ['https://learn.microsoft.com/azure/bastion/bastion-overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/bastion_host'],
    ...byConcept('control-plane-exposure', { cis: { 'cis-azure-6.0.0': ['8.4.1'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_bastion_host'] },
    fix: 'none',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const hosts = catalogOf(model, 'azure.network.bastion');
    for (const h of hosts) ctx.present(h);
    if (hosts.length > 0) return;
    if (catalogOf(model, 'azure.network.virtual-network').length === 0) {
      ctx.notApplicable('no virtual network in this module');
      return;
    }
    ctx.reportMissing('No Azure Bastion host is defined in this module, so remote access to the machines of its networks needs public addresses or open management ports.');
  },
});
