// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'azure.keyvault.vault',
  meta: {
    id: 'AZURE-KEYVAULT-003',
    name: 'keyvault-public-network-access-disabled',
    title: 'Key vaults turn off public network access',
    severity: 'medium',
    description:
      'Azure key vaults set `public_network_access_enabled = false`, so they answer only on private endpoints. The setting (same name in azurerm 3.x and 4.x) defaults to true. A `network_acls { default_action = "Deny" }` block narrows the public endpoint but does not close it, so it does not satisfy this rule.',
    rationale:
      'A vault on the public endpoint can be reached from any network, so a stolen token or client secret is enough to read its secrets from anywhere. With the public endpoint off, an attacker also needs a foothold in a network that has a private endpoint to the vault.',
    remediation:
      'Give the clients a private endpoint (`azurerm_private_endpoint` with `subresource_names = ["vault"]`) and set `public_network_access_enabled = false`. The quick fix is unsafe: clients outside those networks, including the machine that runs Terraform, lose access to the vault\'s data.',
    links: ['https://learn.microsoft.com/azure/key-vault/general/network-security', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#public_network_access_enabled'],
    ...byConcept('public-network-exposure', { cis: { 'cis-azure-6.0.0': ['8.3.7'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_key_vault'] },
    aliases: { checkov: ['CKV_AZURE_189'] },
    fix: 'unsafe',
  },
  check(vault, ctx) {
    const attr = vault.attrs.publicNetworkAccess!;
    const deny = vault.attrs.networkDefaultAction!.value === 'Deny' ? ' Its network ACLs deny by default, which narrows but does not close the public endpoint.' : '';
    requireValue(ctx, attr, false, 'whether the key vault is reachable from public networks', `The key vault is reachable from public networks${attr.present ? '' : ' (`public_network_access_enabled` defaults to true)'}.${deny}`, {
      id: 'disable-public-network-access',
      title: 'Turn off public network access',
      safety: 'unsafe',
    });
  },
});
