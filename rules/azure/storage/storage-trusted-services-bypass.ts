// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineCatalogRule, list, lit, refersTo, setFix, Unknown } from '../../api';
import type { Attr } from '../../api';

const WHAT = 'whether trusted Azure services may pass the storage firewall';

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-014',
    name: 'storage-trusted-services-bypass',
    title: 'Storage firewalls let trusted Azure services through',
    severity: 'low',
    description:
      'The network rules of Azure storage accounts (`network_rules` in the account, or a separate `azurerm_storage_account_network_rules` of the same module) keep `"AzureServices"` in `bypass`. Azure applies `["AzureServices"]` when `bypass` is not written, so only a written list without it is reported. Same names in azurerm 3.x and 4.x.',
    rationale:
      'Backup, Defender, Event Grid, Azure Monitor and other first-party services reach a storage account through its firewall only through this exception. Without it, a locked-down account silently stops receiving diagnostics or being backed up, and teams tend to open the firewall wider to repair that.',
    remediation:
      'Add `"AzureServices"` to `bypass` (and drop `"None"`). The exception admits only the trusted Microsoft services, which still need an identity with access to the data. The quick fix writes the list with `AzureServices` added.',
    links: ['https://learn.microsoft.com/azure/storage/common/storage-network-security#grant-access-to-trusted-azure-services', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#bypass'],
    ...byConcept('public-network-exposure', { cis: { 'cis-azure-6.0.0': ['9.3.5'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    aliases: { checkov: ['CKV_AZURE_36'] },
    fix: 'safe',
  },
  check(account, ctx) {
    const judge = (bypass: Attr<unknown>): void => {
      if (!bypass.present) return;
      const v = bypass.value;
      if (v instanceof Unknown) {
        ctx.cannotVerify(bypass, v, WHAT);
        return;
      }
      const items = Array.isArray(v) ? v : [v];
      if (items.some((i) => i === 'AzureServices')) return;
      const open = items.find((i): i is Unknown => i instanceof Unknown);
      if (open) {
        ctx.cannotVerify(bypass, open, WHAT);
        return;
      }
      const kept = items.filter((i): i is string => typeof i === 'string' && i !== 'None');
      ctx.report(bypass, 'The storage firewall does not let trusted Azure services through (`bypass` has no "AzureServices").', {
        fixes: setFix('bypass-azure-services', 'Let trusted Azure services through', 'safe', [bypass, list(...[...kept, 'AzureServices'].map((x) => lit(x)))]),
      });
    };
    judge(account.attrs.networkBypass);
    for (const r of catalogOf(ctx.model, 'azure.storage.account-network-rules')) if (refersTo(r.attrs.storageAccountId.value, account)) judge(r.attrs.networkBypass);
  },
});
