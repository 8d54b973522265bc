// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix } from '../../api';
import { azurermMajor, majorSource } from '../../lib/azure';
import { requireValue } from '../../lib/checks';

const WHAT = 'whether the storage account allows object replication to other tenants';

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-015',
    name: 'storage-cross-tenant-replication-disabled',
    title: 'Storage accounts do not replicate objects to other tenants',
    severity: 'medium',
    description:
      'Azure storage accounts set `cross_tenant_replication_enabled = false`. The provider default changed: true in azurerm 3.x, false in 4.x. When the setting is not written, the rule reads the module\'s `required_providers` constraint for azurerm: a constraint within 4.x (or later) passes, one within 3.x (or earlier) is reported, and a missing or open-ended constraint is "cannot verify", since Terraform then installs whichever version the lock file or the newest release gives.',
    rationale:
      'Object replication across Microsoft Entra tenants copies blobs into an account that your tenant\'s policies, identities and auditing do not govern. Turning it off keeps data inside the tenant that owns it unless someone deliberately allows an exception.',
    remediation:
      'Set `cross_tenant_replication_enabled = false`. Existing replication policies whose destination is in another tenant stop working, so the quick fix is unsafe. Pinning the provider (`version = "~> 4.0"`) also makes the default explicit.',
    links: ['https://learn.microsoft.com/azure/storage/blobs/object-replication-prevent-cross-tenant-policies', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#cross_tenant_replication_enabled'],
    ...byConcept('public-resource-policy', { cis: { 'cis-azure-6.0.0': ['9.3.7'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    fix: 'unsafe',
  },
  check(account, ctx) {
    const attr = account.attrs.crossTenantReplication;
    const fix = { id: 'disable-cross-tenant-replication', title: 'Disallow cross-tenant replication', safety: 'unsafe' as const };
    if (attr.present) {
      requireValue(ctx, attr, false, WHAT, 'The storage account allows object replication to other tenants.', fix);
      return;
    }
    const major = azurermMajor(ctx.model, account.ref);
    if ('unknown' in major) {
      ctx.cannotVerify(account, major.unknown, WHAT);
      return;
    }
    if (major.major >= 4) return;
    ctx.report(attr, `The storage account allows object replication to other tenants (\`cross_tenant_replication_enabled\` defaults to true in azurerm ${major.major}.x, ${majorSource(major)}).`, {
      fixes: setFix(fix.id, fix.title, fix.safety, [attr, lit(false)]),
    });
  },
});
