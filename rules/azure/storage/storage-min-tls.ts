// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import type { Attr } from '../../api';
import { show } from '../../lib/checks';

const OLD = new Set(['TLS1_0', 'TLS1_1']);

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-002',
    name: 'storage-min-tls',
    title: 'Storage accounts require TLS 1.2 or newer',
    severity: 'medium',
    description:
      'Azure storage accounts set `min_tls_version` to `TLS1_2` (or newer). azurerm has defaulted to `TLS1_2` since 3.0 (the name is the same in 3.x and 4.x), so only an explicit `TLS1_0` or `TLS1_1` is flagged.',
    rationale:
      'TLS 1.0 and 1.1 have known weaknesses and no longer receive fixes; an account that still negotiates them lets a downgraded or outdated client talk to it with weak protection. Refusing them keeps every connection on a protocol that is still considered sound.',
    remediation:
      'Set `min_tls_version = "TLS1_2"` on the account (or remove the setting to take the provider default). Check first that no client still needs TLS 1.0/1.1. The quick fix writes `TLS1_2`.',
    links: ['https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#min_tls_version'],
    ...byConcept('encryption-in-transit', { cis: { 'cis-azure-6.0.0': ['9.3.6'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    aliases: { checkov: ['CKV_AZURE_44'], trivy: ['AVD-AZU-0011'] },
    fix: 'safe',
  },
  check(account, ctx) {
    const tls = account.attrs.minTlsVersion as Attr<unknown>;
    if (tls.value instanceof Unknown) {
      ctx.cannotVerify(tls, tls.value, 'the minimum TLS version of the storage account');
      return;
    }
    if (typeof tls.value === 'string' && OLD.has(tls.value)) {
      ctx.report(tls, `The storage account accepts ${show(tls.value)}; TLS 1.2 is the oldest version it should accept.`, {
        fixes: setFix('tls12', 'Require TLS 1.2', 'safe', [tls, lit('TLS1_2')]),
      });
    }
  },
});
