// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, placeholder, Unknown } from '../../api';
import { requirePresent } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'azure.keyvault.key',
  meta: {
    id: 'AZURE-KEYVAULT-004',
    name: 'keyvault-key-expiration',
    title: 'Key Vault keys have an expiration date',
    severity: 'low',
    description:
      'Every `azurerm_key_vault_key` sets `expiration_date` (an RFC 3339 time). CIS asks this separately for vaults that use Azure RBAC and for vaults that use access policies; the setting is the same for both, so one rule evidences both recommendations. Same name in azurerm 3.x and 4.x.',
    rationale:
      'A key with no expiry stays valid for ever, so a copy taken today still works years later and nobody is prompted to rotate it. An expiration date bounds how long a leaked key is useful and makes rotation a scheduled event rather than an afterthought.',
    remediation:
      'Set `expiration_date` to a date within your rotation period (for example from `timeadd(timestamp(), "8760h")` kept stable with `lifecycle { ignore_changes = [expiration_date] }`, or a variable), and rotate before it passes: reads of an expired key fail. The quick fix adds a variable for the date.',
    links: ['https://learn.microsoft.com/azure/key-vault/general/about-keys-secrets-certificates#object-types', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_key#expiration_date'],
    ...byConcept('credential-lifecycle', { cis: { 'cis-azure-6.0.0': ['8.3.1', '8.3.2'] }, remark: 'Keys are the cryptographic counterpart of credentials: an expiry bounds how long a leaked key stays useful.' }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_key_vault_key'] },
    aliases: { checkov: ['CKV_AZURE_40'], trivy: ['AVD-AZU-0014'] },
    fix: 'unsafe',
  },
  check(item, ctx) {
    const date = item.attrs.expirationDate!;
    if (date.value instanceof Unknown) {
      // A function's result (`timeadd(timestamp(), ...)`) is a date; a variable or module output may be null.
      if (date.value.ref.kind !== 'function') ctx.cannotVerify(date, date.value, 'whether the key has an expiration date');
      return;
    }
    requirePresent(ctx, date, 'The key has no expiration date, so it never expires.', {
      id: 'set-expiration',
      title: 'Set an expiration date (adds a variable)',
      safety: 'unsafe',
      value: placeholder(item, 'key_expiration_date', 'Expiration date of the Key Vault key (RFC 3339, e.g. 2027-12-31T00:00:00Z)'),
    });
  },
});
