// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-003',
    name: 'storage-no-anonymous-blob-access',
    title: 'Storage accounts do not allow anonymous blob access',
    severity: 'high',
    description:
      'Azure storage accounts set `allow_nested_items_to_be_public = false`, so no container in them can be made readable without credentials. The setting defaults to true in azurerm 3.x and 4.x, so leaving it out is flagged. azurerm 2.x called it `allow_blob_public_access` (default false); that name is read when the new one is absent.',
    rationale:
      'With anonymous access allowed at the account, a single container switched to "blob" or "container" access exposes its data to anyone with the URL, and nobody has to sign in to read it. Turning it off at the account makes that impossible whatever the container settings say.',
    remediation:
      'Set `allow_nested_items_to_be_public = false`. Anything served anonymously from the account must move behind SAS tokens, Entra ID or a CDN with its own access control. The quick fix writes the setting.',
    links: ['https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#allow_nested_items_to_be_public'],
    ...byConcept('public-resource-policy', { cis: { 'cis-azure-6.0.0': ['9.3.8'] }, remark: 'Anonymous container access is the storage account\'s form of a policy that grants everyone.' }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    aliases: { checkov: ['CKV_AZURE_190'] },
    fix: 'safe',
  },
  check(account, ctx) {
    // azurerm 2.x wrote `allow_blob_public_access`: the catalog reads it when it is the one written.
    const attr = account.attrs.allowNestedItemsToBePublic;
    requireValue(ctx, attr, false, 'whether the storage account allows anonymous blob access', attr.present ? 'The storage account allows containers to be made public.' : 'The storage account allows containers to be made public (`allow_nested_items_to_be_public` defaults to true).', {
      id: 'disallow-public-blobs',
      title: 'Disallow anonymous blob access',
      safety: 'safe',
    });
  },
});
