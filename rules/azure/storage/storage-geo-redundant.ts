// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import { show } from '../../lib/checks';

const GEO = ['GRS', 'RAGRS', 'GZRS', 'RAGZRS'];
/** The geo-redundant type that keeps the account's zone redundancy (ZRS → GZRS). */
const UPGRADE: Record<string, string> = { LRS: 'GRS', ZRS: 'GZRS' };

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-016',
    name: 'storage-geo-redundant',
    title: 'Storage accounts replicate to a second region',
    severity: 'low',
    description:
      'Azure storage accounts set `account_replication_type` to `GRS`, `RAGRS`, `GZRS` or `RAGZRS`, so a copy of the data is kept in the paired region. CIS asks this for critical accounts, which code cannot tell apart: suppress the finding on accounts whose data can be lost or rebuilt. Premium accounts, which offer only `LRS` and `ZRS`, are skipped. Same name in azurerm 3.x and 4.x.',
    rationale:
      'Locally and zone-redundant storage survive disk and datacenter failures but not the loss of a region. For data the business cannot recreate, a geo-replicated copy is what allows a recovery after a regional outage or disaster.',
    remediation:
      'Set `account_replication_type = "GRS"` (`"GZRS"` for a zone-redundant account; the `RA` variants add read access to the secondary). Geo-replication costs more and its copy lags behind the primary. The quick fix is unsafe: the cost changes, and changing between zonal and non-zonal types replaces the account in some provider versions, so it only moves `LRS` to `GRS` and `ZRS` to `GZRS`.',
    links: ['https://learn.microsoft.com/azure/storage/common/storage-redundancy', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#account_replication_type'],
    ...byConcept('backup', { cis: { 'cis-azure-6.0.0': ['9.3.11'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    aliases: { checkov: ['CKV_AZURE_206'] },
    fix: 'unsafe',
  },
  check(account, ctx) {
    if (account.attrs.accountTier.value === 'Premium') return;
    const type = account.attrs.replicationType;
    if (type.value instanceof Unknown) {
      ctx.cannotVerify(type, type.value, 'whether the storage account replicates to a second region');
      return;
    }
    if (typeof type.value === 'string' && GEO.includes(type.value.toUpperCase())) return;
    const upgrade = typeof type.value === 'string' ? UPGRADE[type.value.toUpperCase()] : undefined;
    ctx.report(type, `The storage account keeps its data in one region (account_replication_type ${show(type.value)}).`, {
      fixes: upgrade ? setFix('geo-replicate', `Replicate to the paired region (${upgrade})`, 'unsafe', [type, lit(upgrade)]) : [],
    });
  },
});
