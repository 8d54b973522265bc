// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { addLockFix, lockOn } from '../../lib/azure';

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-018',
    name: 'storage-delete-lock',
    title: 'Storage accounts have a delete lock',
    severity: 'low',
    description:
      'Each Azure storage account is covered by an `azurerm_management_lock` of the same module with `lock_level = "CanNotDelete"` (or `"ReadOnly"`, which also blocks deletion), whose `scope` is the account\'s id or the id of the resource group the account\'s `resource_group_name` refers to. A lock whose scope comes from outside the module (a subscription, a variable) makes the result "cannot verify". Same names in azurerm 3.x and 4.x.',
    rationale:
      'Deleting a storage account deletes every container, share, queue and table in it, and account-level deletion cannot be undone by blob or share soft delete. A delete lock makes that a deliberate two-step act: the lock has to be removed first, by someone allowed to manage locks.',
    remediation:
      'Add `resource "azurerm_management_lock" "..." { scope = azurerm_storage_account.<name>.id, lock_level = "CanNotDelete" }`. Terraform can then no longer destroy or replace the account until the lock is removed, so the quick fix is unsafe.',
    links: ['https://learn.microsoft.com/azure/storage/common/lock-account-resource', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/management_lock'],
    ...byConcept('recoverable-deletion', { cis: { 'cis-azure-6.0.0': ['9.3.9'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    fix: 'unsafe',
  },
  check(account, ctx) {
    const found = lockOn(ctx.model, account, account.attrs.resourceGroupName, ['CanNotDelete', 'ReadOnly']);
    if (found === 'found') return;
    if (found !== 'none') {
      ctx.cannotVerify(account, found, 'whether a delete lock covers the storage account');
      return;
    }
    ctx.report(account, 'No management lock of this module stops the storage account from being deleted.', { fixes: addLockFix(account, 'CanNotDelete', 'unsafe') });
  },
});
