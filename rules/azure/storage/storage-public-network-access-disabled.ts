// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-004',
    name: 'storage-public-network-access-disabled',
    title: 'Storage accounts turn off public network access',
    severity: 'medium',
    description:
      'Azure storage accounts set `public_network_access_enabled = false`, so they are reachable only through private endpoints. The setting (same name in azurerm 3.x and 4.x) defaults to true.',
    rationale:
      'A storage account on its public endpoint can be reached, and its keys or tokens tried, from anywhere on the internet. Closing the public endpoint leaves only private paths from networks you control, so a leaked key alone is not enough to read the data.',
    remediation:
      'Set `public_network_access_enabled = false` and give the clients a private endpoint (`azurerm_private_endpoint`) in their virtual network. Clients outside those networks, including some Azure services, lose access: that is why the quick fix is marked unsafe.',
    links: ['https://learn.microsoft.com/azure/storage/common/storage-network-security', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#public_network_access_enabled'],
    ...byConcept('public-network-exposure', { cis: { 'cis-azure-6.0.0': ['9.3.2.2'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    aliases: { checkov: ['CKV_AZURE_59'] },
    fix: 'unsafe',
  },
  check(account, ctx) {
    const attr = account.attrs.publicNetworkAccess!;
    requireValue(ctx, attr, false, 'whether the storage account is reachable from public networks', attr.present ? 'The storage account is reachable from public networks.' : 'The storage account is reachable from public networks (`public_network_access_enabled` defaults to true).', {
      id: 'disable-public-network-access',
      title: 'Turn off public network access',
      safety: 'unsafe',
    });
  },
});
