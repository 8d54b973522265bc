// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'azure.keyvault.vault',
  meta: {
    id: 'AZURE-KEYVAULT-001',
    name: 'keyvault-purge-protection',
    title: 'Key vaults have purge protection',
    severity: 'medium',
    description:
      'Azure key vaults set `purge_protection_enabled = true`, so a deleted vault or a deleted key, secret or certificate cannot be purged before its soft-delete retention ends. The setting (same name in azurerm 3.x and 4.x) defaults to false.',
    rationale:
      'Soft delete alone still lets anyone with purge rights destroy a deleted key at once, and data encrypted with it becomes unreadable for good. Purge protection holds every deleted object for the whole retention period, even against administrators.',
    remediation:
      'Set `purge_protection_enabled = true` (and choose `soft_delete_retention_days`, 7 to 90). It cannot be turned off again, and a vault name stays taken until its retention ends, so `terraform destroy` and re-create cycles in test environments need a new name: the quick fix is unsafe for that reason.',
    links: ['https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#purge_protection_enabled'],
    ...byConcept('recoverable-deletion', { cis: { 'cis-azure-6.0.0': ['8.3.5'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_key_vault'] },
    aliases: { checkov: ['CKV_AZURE_110'], trivy: ['AVD-AZU-0016'] },
    fix: 'unsafe',
  },
  check(vault, ctx) {
    const attr = vault.attrs.purgeProtection!;
    requireValue(ctx, attr, true, 'whether the key vault has purge protection', 'Deleted objects of this key vault can be purged at once (no purge protection).', {
      id: 'enable-purge-protection',
      title: 'Turn on purge protection (irreversible)',
      safety: 'unsafe',
    });
  },
});
