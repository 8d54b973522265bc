// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { addLockFix, lockOn } from '../../lib/azure';

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-019',
    name: 'storage-read-only-lock',
    title: 'Storage accounts whose configuration must not change have a read-only lock',
    severity: 'low',
    description:
      'Each Azure storage account is covered by an `azurerm_management_lock` of the same module with `lock_level = "ReadOnly"`, scoped to the account or to its resource group (joined as for the delete lock). CIS asks that such locks be considered, not that every account have one: a read-only lock also blocks listing the account keys and some data-plane operations through the management plane, so suppress the finding where that cannot work. A lock scoped from outside the module makes the result "cannot verify".',
    rationale:
      'A read-only lock freezes the account\'s configuration (firewall, replication, encryption settings) against accidental or malicious change, which matters most for accounts holding evidence or audit data.',
    remediation:
      'Add `resource "azurerm_management_lock" "..." { scope = azurerm_storage_account.<name>.id, lock_level = "ReadOnly" }` for accounts whose settings are final. Terraform can then no longer change the account, and clients that list keys through Azure Resource Manager fail, so the quick fix is unsafe.',
    links: ['https://learn.microsoft.com/azure/storage/common/lock-account-resource', 'https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources#considerations-before-applying-your-locks'],
    ...byConcept('recoverable-deletion', { cis: { 'cis-azure-6.0.0': ['9.3.10'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    fix: 'unsafe',
  },
  check(account, ctx) {
    const found = lockOn(ctx.model, account, account.attrs.resourceGroupName, ['ReadOnly']);
    if (found === 'found') return;
    if (found !== 'none') {
      ctx.cannotVerify(account, found, 'whether a read-only lock covers the storage account');
      return;
    }
    ctx.report(account, 'No read-only management lock of this module covers the storage account.', { fixes: addLockFix(account, 'ReadOnly', 'unsafe') });
  },
});
