// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import type { Attr, PlannedFix } from '../../api';
import { linkTo } from '../../lib/azure';
import { show } from '../../lib/checks';

const WHAT = 'whether the storage account denies network access by default';

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-005',
    name: 'storage-default-network-deny',
    title: 'Storage account firewalls deny by default',
    severity: 'medium',
    description:
      'Azure storage accounts have network rules whose `default_action` is `Deny`, written in the account\'s `network_rules` block or in a separate `azurerm_storage_account_network_rules` resource of the same module. Without either, the account accepts connections from every network. Same names in azurerm 3.x and 4.x.',
    rationale:
      'A storage firewall that allows by default makes the account reachable from any address on the internet, so a leaked key or SAS token can be used from anywhere. Denying by default and listing the networks and services that need access limits where stolen credentials work.',
    remediation:
      'Add `network_rules { default_action = "Deny" }` with the `ip_rules`, `virtual_network_subnet_ids` and `bypass` your clients need (or set `default_action = "Deny"` on the `azurerm_storage_account_network_rules` resource). The quick fix is unsafe: clients not listed lose access.',
    links: ['https://learn.microsoft.com/azure/storage/common/storage-network-security', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#network_rules'],
    ...byConcept('public-network-exposure', { cis: { 'cis-azure-6.0.0': ['9.3.2.3'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    aliases: { checkov: ['CKV_AZURE_35'], trivy: ['AVD-AZU-0012'] },
    fix: 'unsafe',
  },
  check(account, ctx) {
    const judge = (action: Attr<unknown>): void => {
      if (action.value instanceof Unknown) ctx.cannotVerify(action, action.value, WHAT);
      else if (action.value !== 'Deny') {
        ctx.report(action, `The storage account firewall allows by default (default_action ${show(action.value)}).`, {
          fixes: setFix('deny-by-default', 'Deny network access by default', 'unsafe', [action, lit('Deny')]),
        });
      }
    };
    const inline = account.attrs.networkDefaultAction!;
    if (inline.present) {
      judge(inline);
      return;
    }
    const rules = catalogOf(ctx.model, 'azure.storage.account-network-rules');
    const separate = rules.filter((r) => linkTo(r.attrs.storageAccountId!.value, account) === 'this');
    if (separate.length > 0) {
      for (const r of separate) judge(r.attrs.defaultAction!);
      return;
    }
    // Network rules whose account comes from outside the module (a variable, a data source) may be this account's.
    for (const r of rules) {
      const link = linkTo(r.attrs.storageAccountId!.value, account);
      if (link instanceof Unknown) {
        ctx.cannotVerify(account, link, `${WHAT} (the account of \`${r.address}\`)`);
        return;
      }
    }
    const fixes: PlannedFix[] = [
      { id: 'deny-by-default', title: 'Deny network access by default', safety: 'unsafe', ops: [{ op: 'set', location: { target: account.target, path: ['network_rules', 'default_action'] }, value: lit('Deny') }] },
    ];
    ctx.report(account, 'The storage account has no network rules, so it accepts connections from every network.', { fixes });
  },
});
