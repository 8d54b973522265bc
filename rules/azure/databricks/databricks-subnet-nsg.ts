// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, placeholder, setFix, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';

const WHAT = 'whether the Databricks subnets have network security groups';

export default defineCatalogRule({
  kind: 'azure.databricks.workspace',
  meta: {
    id: 'AZURE-DATABRICKS-003',
    name: 'databricks-subnet-nsg',
    title: 'Databricks subnets have network security groups',
    severity: 'medium',
    description:
      'An `azurerm_databricks_workspace` deployed into your network (`custom_parameters { virtual_network_id }`) names the network security group associations of both its subnets: `public_subnet_network_security_group_association_id` and `private_subnet_network_security_group_association_id`, each the id of an `azurerm_subnet_network_security_group_association`. Workspaces in the Databricks-managed network are left to the VNet injection rule. Same names in azurerm 3.x and 4.x.',
    rationale:
      'The host and container subnets carry all cluster traffic. Without a group on each, nothing filters what reaches cluster nodes from the rest of the network or what they send out, and Databricks cannot add the rules it needs for cluster communication.',
    remediation:
      'Create an `azurerm_network_security_group`, associate it with both subnets (`azurerm_subnet_network_security_group_association`) and set the two `*_subnet_network_security_group_association_id` arguments to those associations\' ids. The quick fix adds variables for the association ids; it is unsafe because the groups change what traffic reaches the clusters.',
    links: ['https://learn.microsoft.com/azure/databricks/security/network/classic/vnet-inject#network-security-group-rules', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/databricks_workspace#public_subnet_network_security_group_association_id'],
    ...byConcept('public-network-exposure', { cis: { 'cis-azure-6.0.0': ['2.1.2'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_databricks_workspace'] },
    fix: 'unsafe',
  },
  check(workspace, ctx) {
    if (!workspace.attrs.virtualNetworkId.present) return;
    const sides = [
      ['public', workspace.attrs.publicSubnetNsgAssociation],
      ['private', workspace.attrs.privateSubnetNsgAssociation],
    ] as const;
    for (const [side, attr] of sides) {
      if (attr.value instanceof Unknown) {
        if (!isResourceAttribute(attr.value)) ctx.cannotVerify(attr, attr.value, WHAT);
        continue;
      }
      if (typeof attr.value === 'string' && attr.value !== '') continue;
      ctx.report(attr.present ? attr : workspace, `The ${side} (${side === 'public' ? 'host' : 'container'}) subnet of the Databricks workspace has no network security group association.`, {
        fixes: setFix('add-nsg-association', `Name the ${side} subnet's security group association (adds a variable)`, 'unsafe', [
          attr,
          placeholder(workspace, `databricks_${side}_subnet_nsg_association_id`, `ID of the network security group association of the ${side} Databricks subnet`),
        ]),
      });
    }
  },
});
