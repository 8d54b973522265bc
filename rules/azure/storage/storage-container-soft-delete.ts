// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, Unknown } from '../../api';
import type { PlannedFix } from '../../api';
import { holdsBlobs } from '../../lib/azure';

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-009',
    name: 'storage-container-soft-delete',
    title: 'Storage accounts keep deleted containers (soft delete)',
    severity: 'medium',
    description:
      'Azure storage accounts have a `blob_properties { container_delete_retention_policy { ... } }` block, which keeps deleted containers recoverable for `days` (7 when not written, 1 to 365). Without the block, deleted containers are gone at once. Same names in azurerm 3.x and 4.x. File-only (`FileStorage`) accounts are skipped.',
    rationale:
      'A mistaken delete, a cleanup script with the wrong filter or an attacker with write access can remove containers in seconds. Soft delete keeps them restorable for a retention period, which turns a data loss into an undo.',
    remediation:
      'Add `container_delete_retention_policy { days = 7 }` (or a longer period) inside the account\'s `blob_properties` block. Deleted data is billed while it is retained. The quick fix adds the block with 7 days when the account has no such block yet.',
    links: ['https://learn.microsoft.com/azure/storage/blobs/soft-delete-container-overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#container_delete_retention_policy'],
    ...byConcept('recoverable-deletion', { cis: { 'cis-azure-6.0.0': ['9.2.2'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    fix: 'safe',
  },
  check(account, ctx) {
    if (!holdsBlobs(account)) return;
    const policy = account.lists!.containerDeleteRetention!;
    const what = 'whether deleted containers are kept (soft delete)';
    if (policy.unknown) {
      ctx.cannotVerify(account, policy.unknown, what);
      return;
    }
    const item = policy.items[0];
    if (item) {
      const days = item.attrs.days!;
      if (days.value instanceof Unknown) ctx.cannotVerify(days, days.value, what);
      else if (typeof days.value === 'number' && days.value < 1) ctx.report(days, 'The soft-delete retention for deleted containers is below one day.', {});
      return;
    }
    const fixes: PlannedFix[] = [
      {
        id: 'enable-soft-delete',
        title: 'Keep deleted containers for 7 days',
        safety: 'safe',
        ops: [{ op: 'set', location: { target: account.target, path: ['blob_properties', 'container_delete_retention_policy', 'days'] }, value: lit(7) }],
      },
    ];
    ctx.report(account, 'Deleted containers in this storage account cannot be recovered (no `container_delete_retention_policy`).', { fixes });
  },
});
