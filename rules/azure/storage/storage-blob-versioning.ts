// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { holdsBlobs } from '../../lib/azure';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-010',
    name: 'storage-blob-versioning',
    title: 'Storage accounts keep blob versions',
    severity: 'low',
    description:
      'Azure storage accounts set `blob_properties { versioning_enabled = true }`, so each overwrite or delete of a blob keeps the previous version. The setting (same name in azurerm 3.x and 4.x) defaults to false. File-only (`FileStorage`) and Data Lake (`is_hns_enabled = true`) accounts are skipped: they have no blob versioning.',
    rationale:
      'Without versions, a bad upload, a buggy job or ransomware that rewrites blobs destroys the old content for good. Versions let you restore any earlier state of a blob, at the cost of storing it.',
    remediation:
      'Add `versioning_enabled = true` to the account\'s `blob_properties` block, and a lifecycle management policy to expire old versions so storage costs stay bounded. The quick fix writes the setting.',
    links: ['https://learn.microsoft.com/azure/storage/blobs/versioning-overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#versioning_enabled'],
    ...byConcept('recoverable-deletion', { cis: { 'cis-azure-6.0.0': ['9.2.3'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    fix: 'safe',
  },
  check(account, ctx) {
    // Versioning does not exist for file-only accounts nor for Data Lake (hierarchical namespace) accounts.
    if (!holdsBlobs(account) || account.attrs.hierarchicalNamespace!.value === true) return;
    const attr = account.attrs.versioning!;
    requireValue(ctx, attr, true, 'whether the storage account keeps blob versions', 'The storage account does not keep previous versions of blobs.', {
      id: 'enable-versioning',
      title: 'Turn on blob versioning',
      safety: 'safe',
    });
  },
});
