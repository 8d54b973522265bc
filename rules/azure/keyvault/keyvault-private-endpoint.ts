// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requirePrivateEndpoint } from '../../lib/azure';

export default defineCatalogRule({
  kind: 'azure.keyvault.vault',
  meta: {
    id: 'AZURE-KEYVAULT-020',
    name: 'keyvault-private-endpoint',
    title: 'Key vaults are reached through private endpoints',
    severity: 'low',
    description:
      'Each `azurerm_key_vault` is the target of an `azurerm_private_endpoint` of the same module whose `private_service_connection` refers to the vault with `subresource_names = ["vault"]`. An endpoint whose target comes from outside the module (a variable, a data source) makes the result "cannot verify". Same names in azurerm 3.x and 4.x.',
    rationale:
      'Applications reading secrets and keys over a private endpoint never send that traffic over the internet, and the vault\'s public endpoint can be closed entirely. A stolen token then only works from inside the networks that can reach the endpoint.',
    remediation:
      'Add an `azurerm_private_endpoint` with `private_service_connection { private_connection_resource_id = azurerm_key_vault.<name>.id, subresource_names = ["vault"], is_manual_connection = false }` and a `privatelink.vaultcore.azure.net` private DNS zone group. The quick fix adds the endpoint with a variable for the subnet; it is unsafe because clients must resolve the private address to use it.',
    links: ['https://learn.microsoft.com/azure/key-vault/general/private-link-service', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/private_endpoint'],
    ...byConcept('public-network-exposure', { cis: { 'cis-azure-6.0.0': ['8.3.8'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_key_vault'] },
    aliases: { checkov: ['CKV2_AZURE_32'] },
    fix: 'unsafe',
  },
  check(vault, ctx) {
    requirePrivateEndpoint(ctx, vault, {
      subresources: ['vault'],
      fixSubresource: 'vault',
      what: 'whether the key vault is reached through a private endpoint',
      message: 'No private endpoint of this module connects to the key vault.',
    });
  },
});
