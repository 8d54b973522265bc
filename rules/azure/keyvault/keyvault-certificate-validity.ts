// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';

export default defineCatalogRule({
  kind: 'azure.keyvault.certificate',
  meta: {
    id: 'AZURE-KEYVAULT-006',
    name: 'keyvault-certificate-validity',
    title: 'Key Vault certificates are valid for 12 months at most',
    severity: 'low',
    description:
      'Certificates that Key Vault generates (`azurerm_key_vault_certificate` with `certificate_policy.x509_certificate_properties`) set `validity_in_months` to 12 or less. Imported certificates, which have no such block, are not checked. Same names in azurerm 3.x and 4.x.',
    rationale:
      'A long-lived certificate keeps a compromised private key trusted for years, and renewals that happen once in several years are the ones that get forgotten and break. A validity of a year or less bounds the exposure and keeps renewal routine (public CAs no longer issue longer ones anyway).',
    remediation:
      'Set `validity_in_months = 12` (or less) and a `lifetime_action` that renews the certificate before it expires. The quick fix writes 12; it is unsafe because the new value replaces the certificate on the next apply.',
    links: ['https://learn.microsoft.com/azure/key-vault/certificates/about-certificates', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_certificate#validity_in_months'],
    ...byConcept('credential-lifecycle', { cis: { 'cis-azure-6.0.0': ['8.3.11'] }, remark: 'A certificate is a credential of the service that presents it: a bounded validity forces its renewal.' }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_key_vault_certificate'] },
    fix: 'unsafe',
  },
  check(cert, ctx) {
    const months = cert.attrs.validityInMonths!;
    if (!months.present) return; // imported certificate: its validity comes from the file
    if (months.value instanceof Unknown) {
      ctx.cannotVerify(months, months.value, 'the validity period of the certificate');
      return;
    }
    if (typeof months.value === 'number' && months.value > 12) {
      ctx.report(months, `The certificate is valid for ${months.value} months; 12 is the most it should be.`, {
        fixes: setFix('validity-12', 'Limit the validity to 12 months', 'unsafe', [months, lit(12)]),
      });
    }
  },
});
