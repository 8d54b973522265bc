// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-001',
    name: 'storage-secure-transfer',
    title: 'Storage accounts accept HTTPS requests only',
    severity: 'high',
    description:
      'Azure storage accounts refuse plain-HTTP requests and unencrypted SMB connections ("secure transfer required"). azurerm 4.x calls the setting `https_traffic_only_enabled`, 3.x `enable_https_traffic_only`; both are read, and both default to true.',
    rationale:
      'Over plain HTTP, account keys in headers, SAS tokens in URLs and the data itself cross the network readable by anyone on the path. Requiring HTTPS makes every client use TLS, and a client that tries plain HTTP fails loudly instead of leaking.',
    remediation:
      'Remove `https_traffic_only_enabled = false` (or `enable_https_traffic_only = false` on azurerm 3.x) or set it to true. Clients that still use `http://` endpoints must switch to `https://`. The quick fix sets the written setting to true.',
    links: ['https://learn.microsoft.com/azure/storage/common/storage-require-secure-transfer', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#https_traffic_only_enabled'],
    ...byConcept('encryption-in-transit', { cis: { 'cis-azure-6.0.0': ['9.3.4'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    aliases: { checkov: ['CKV_AZURE_3'], trivy: ['AVD-AZU-0008'] },
    fix: 'safe',
  },
  check(account, ctx) {
    const attr = account.attrs.httpsTrafficOnly;
    requireValue(ctx, attr, true, 'whether the storage account requires secure transfer', 'The storage account accepts plain-HTTP requests.', {
      id: 'require-https',
      title: 'Require secure transfer (HTTPS only)',
      safety: 'safe',
    });
  },
});
