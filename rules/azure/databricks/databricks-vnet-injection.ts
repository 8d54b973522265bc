// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, Unknown } from '../../api';

export default defineCatalogRule({
  kind: 'azure.databricks.workspace',
  meta: {
    id: 'AZURE-DATABRICKS-002',
    name: 'databricks-vnet-injection',
    title: 'Databricks workspaces run in your own virtual network',
    severity: 'medium',
    description:
      'Every `azurerm_databricks_workspace` sets `custom_parameters { virtual_network_id, public_subnet_name, private_subnet_name }` (VNet injection), so its clusters run in a virtual network you manage rather than one Databricks creates. Same names in azurerm 3.x and 4.x.',
    rationale:
      'In the managed network Databricks deploys, you cannot add your own security groups, routes through a firewall, private endpoints to your data or peering to on-premises networks. Injecting the workspace into your own network puts cluster traffic under the same controls as the rest of your estate.',
    remediation:
      'Create a virtual network with two subnets delegated to `Microsoft.Databricks/workspaces`, each with a network security group, and set `virtual_network_id`, `public_subnet_name`, `private_subnet_name` and both `*_subnet_network_security_group_association_id` in `custom_parameters`. Moving an existing workspace into another network replaces it. No quick fix: the network, its subnets and their security groups have to be designed first.',
    links: ['https://learn.microsoft.com/azure/databricks/security/network/classic/vnet-inject', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/databricks_workspace#custom_parameters'],
    ...byConcept('public-network-exposure', { cis: { 'cis-azure-6.0.0': ['2.1.1'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_databricks_workspace'] },
    aliases: { checkov: ['CKV2_AZURE_48'] },
    fix: 'none',
  },
  check(workspace, ctx) {
    const id = workspace.attrs.virtualNetworkId;
    if (id.value instanceof Unknown && id.value.ref.kind !== 'resource') {
      ctx.cannotVerify(id, id.value, 'whether the Databricks workspace runs in a customer-managed virtual network');
      return;
    }
    if (id.present && id.value !== '' && id.value !== null) return;
    ctx.report(workspace, 'The Databricks workspace runs in a network Databricks manages (`custom_parameters { virtual_network_id }` is not set).');
  },
});
