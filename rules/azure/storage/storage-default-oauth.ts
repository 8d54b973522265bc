// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-007',
    name: 'storage-default-oauth',
    title: 'Storage accounts default to Entra ID authorization in the portal',
    severity: 'low',
    description:
      'Azure storage accounts set `default_to_oauth_authentication = true`, so the Azure portal opens their data with the signed-in user\'s Entra ID identity rather than the account key. The setting (same name in azurerm 3.x and 4.x) defaults to false.',
    rationale:
      'When the portal uses the account key, anyone allowed to list keys can browse all data, and what they do is logged as the key, not as them. Defaulting to Entra ID makes portal access follow the data roles each person has and keeps their name in the logs.',
    remediation:
      'Set `default_to_oauth_authentication = true`. People who browse data in the portal need a data role (Storage Blob Data Reader or similar). The quick fix writes the setting; it changes only the portal default.',
    links: ['https://learn.microsoft.com/azure/storage/blobs/authorize-data-operations-portal', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#default_to_oauth_authentication'],
    ...byConcept('credential-lifecycle', { cis: { 'cis-azure-6.0.0': ['9.3.3.1'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    fix: 'safe',
  },
  check(account, ctx) {
    const attr = account.attrs.defaultToOauth!;
    requireValue(ctx, attr, true, 'whether the portal defaults to Entra ID authorization for the storage account', 'The Azure portal uses the account key, not Entra ID, to open this storage account\'s data.', {
      id: 'default-oauth',
      title: 'Default to Entra ID authorization in the portal',
      safety: 'safe',
    });
  },
});
