// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, Unknown } from '../../api';
import type { PlannedFix } from '../../api';
import { holdsShares } from '../../lib/azure';

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-011',
    name: 'storage-file-share-soft-delete',
    title: 'Storage accounts keep deleted file shares (soft delete)',
    severity: 'medium',
    description:
      'Azure storage accounts that can hold file shares have `share_properties { retention_policy { days = ... } }`, which keeps a deleted share recoverable for `days` (7 when not written, 1 to 365). Same names in azurerm 3.x and 4.x. Accounts that cannot hold file shares (`BlobStorage`, `BlockBlobStorage`, premium accounts other than `FileStorage`) are skipped.',
    rationale:
      'Deleting a file share deletes every file and snapshot in it at once. With soft delete the share can be undeleted during the retention period, so a wrong command or a compromised administrator cannot destroy the data on the spot.',
    remediation:
      'Add `share_properties { retention_policy { days = 7 } }` (or a longer period) to the account. Soft-deleted shares are billed while retained. The quick fix adds the block with 7 days.',
    links: ['https://learn.microsoft.com/azure/storage/files/storage-files-prevent-file-share-deletion', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#retention_policy'],
    ...byConcept('recoverable-deletion', { cis: { 'cis-azure-6.0.0': ['9.1.1'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    aliases: { checkov: ['CKV2_AZURE_38'] },
    fix: 'safe',
  },
  check(account, ctx) {
    if (!holdsShares(account)) return;
    const policy = account.lists.shareRetention;
    const what = 'whether deleted file shares are kept (soft delete)';
    if (policy.unknown) {
      ctx.cannotVerify(account, policy.unknown, what);
      return;
    }
    const item = policy.items[0];
    if (item) {
      const days = item.attrs.days;
      if (days.value instanceof Unknown) ctx.cannotVerify(days, days.value, what);
      else if (typeof days.value === 'number' && days.value < 1) ctx.report(days, 'The soft-delete retention for deleted file shares is below one day.');
      return;
    }
    const fixes: PlannedFix[] = [
      { id: 'enable-share-soft-delete', title: 'Keep deleted file shares for 7 days', safety: 'safe', ops: [{ op: 'set', location: { target: account.target, path: ['share_properties', 'retention_policy', 'days'] }, value: lit(7) }] },
    ];
    ctx.report(account, 'Deleted file shares in this storage account cannot be recovered (no `share_properties { retention_policy { ... } }`).', { fixes });
  },
});
