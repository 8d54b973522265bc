// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-006',
    name: 'storage-shared-key-access-disabled',
    title: 'Storage accounts do not accept account-key authorization',
    severity: 'medium',
    description:
      'Azure storage accounts set `shared_access_key_enabled = false`, so requests must be authorized with Microsoft Entra ID rather than the account keys or SAS tokens signed with them. The setting (same name in azurerm 3.x and 4.x) defaults to true.',
    rationale:
      'An account key grants full control of every container, share, queue and table in the account, never expires, and is not tied to a person. Anyone who copies it keeps access until someone rotates it. Entra ID authorization gives each caller its own identity, scoped roles and an audit trail.',
    remediation:
      'Grant callers Azure RBAC data roles (Storage Blob Data Reader/Contributor...) and set `shared_access_key_enabled = false`. The azurerm provider itself then needs `storage_use_azuread = true` in its `provider` block to manage containers. The quick fix is unsafe because clients that still use keys or account SAS stop working.',
    links: ['https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#shared_access_key_enabled'],
    ...byConcept('credential-lifecycle', { cis: { 'cis-azure-6.0.0': ['9.3.1.3'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    aliases: { checkov: ['CKV2_AZURE_40'] },
    fix: 'unsafe',
  },
  check(account, ctx) {
    const attr = account.attrs.sharedAccessKey!;
    requireValue(ctx, attr, false, 'whether the storage account accepts account-key authorization', attr.present ? 'The storage account accepts account-key (Shared Key) authorization.' : 'The storage account accepts account-key (Shared Key) authorization (`shared_access_key_enabled` defaults to true).', {
      id: 'disable-shared-key',
      title: 'Turn off account-key authorization',
      safety: 'unsafe',
    });
  },
});
