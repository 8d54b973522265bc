// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule, refersTo, Unknown } from '../../api';
import { activityLogSettings } from '../../lib/azure-account';

export default defineModuleRule({
  meta: {
    id: 'AZURE-MONITOR-003',
    name: 'monitor-activity-log-storage-cmk',
    title: 'The storage account holding the activity log is encrypted with a customer-managed key',
    severity: 'medium',
    description:
      'When the subscription activity log is exported to a storage account of this configuration (`storage_account_id = azurerm_storage_account.<name>.id`), that account is encrypted with a customer-managed key: an inline `customer_managed_key` block or an `azurerm_storage_account_customer_managed_key` whose `storage_account_id` refers to it. An account without one is reported on the account; an account named by a variable is "cannot verify"; an export to a workspace or event hub only is not applicable. Same names in azurerm 3.x and 4.x.',
    rationale:
      'The activity log shows how the subscription is run and is evidence after an incident. With a key the organisation controls, reading the exported log takes a grant on the key as well as on the storage account, every use of the key is logged, and revoking the key makes the copy unreadable.',
    remediation:
      'Give the storage account a managed identity with access to a Key Vault key, then add `customer_managed_key { key_vault_key_id = ..., user_assigned_identity_id = ... }` to it (or an `azurerm_storage_account_customer_managed_key`). There is no quick fix: the key, its vault and the identity\'s access are choices only the owner can make.',
    links: ['https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_customer_managed_key'],
    ...byConcept('activity-log-encryption', { cis: { 'cis-azure-6.0.0': ['6.1.1.3'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_monitor_diagnostic_setting', 'azurerm_storage_account', 'azurerm_storage_account_customer_managed_key'] },
    fix: 'none',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const { settings } = activityLogSettings(model);
    const accounts = catalogOf(model, 'azure.storage.account');
    const keys = catalogOf(model, 'azure.storage.customer-managed-key');
    let judged = false;
    for (const s of settings) {
      const dest = s.attrs.storageAccountId;
      if (!dest.present) continue;
      judged = true;
      const account = accounts.find((a) => refersTo(dest.value, a, 'id'));
      if (!account) {
        if (dest.value instanceof Unknown) ctx.cannotVerify(s, dest, dest.value, 'whether the storage account holding the activity log uses a customer-managed key');
        else ctx.cannotVerify(s, dest, new Unknown('reference', dest.ref.span, 'the storage account, which is not defined in this configuration', { kind: 'external', what: 'storage account' }), 'whether the storage account holding the activity log uses a customer-managed key');
        continue;
      }
      const inline = account.lists.customerManagedKey;
      if (inline.items.length > 0 || keys.some((k) => refersTo(k.attrs.storageAccountId.value, account, 'id'))) ctx.present(account);
      else if (inline.unknown) ctx.cannotVerify(account, account, inline.unknown, 'whether this storage account uses a customer-managed key');
      else ctx.report(account, account, 'This storage account holds the exported activity log but is encrypted with a Microsoft-managed key, not a customer-managed one.');
    }
    if (!judged) ctx.notApplicable('no activity log export to a storage account in this module');
  },
});
