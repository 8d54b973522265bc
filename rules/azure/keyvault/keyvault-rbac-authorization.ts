// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'azure.keyvault.vault',
  meta: {
    id: 'AZURE-KEYVAULT-002',
    name: 'keyvault-rbac-authorization',
    title: 'Key vaults use Azure RBAC for data access',
    severity: 'medium',
    description:
      'Azure key vaults authorize access to keys, secrets and certificates with Azure role-based access control rather than vault access policies. azurerm 4.x names the setting `rbac_authorization_enabled`; 3.x (and 4.x, deprecated) `enable_rbac_authorization`. Both are read; both default to false.',
    rationale:
      'Access policies live inside each vault, cannot be scoped to one secret, are invisible to Privileged Identity Management and are granted by anyone with write access to the vault. Azure RBAC puts data access under the same role assignments, conditions and reviews as the rest of the subscription.',
    remediation:
      'Create role assignments (Key Vault Secrets User, Crypto User, Administrator...) for the identities that need access, then set `rbac_authorization_enabled = true` (azurerm 4.x) or `enable_rbac_authorization = true` (3.x) and remove the `access_policy` blocks. The quick fix is unsafe: until the role assignments exist, callers lose access.',
    links: ['https://learn.microsoft.com/azure/key-vault/general/rbac-guide', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#rbac_authorization_enabled'],
    ...byConcept('least-privilege', { cis: { 'cis-azure-6.0.0': ['8.3.6'] }, remark: 'Azure RBAC grants vault data access per role and scope, where access policies grant it per vault.' }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_key_vault'] },
    fix: 'unsafe',
  },
  check(vault, ctx) {
    const attr = vault.attrs.rbacAuthorization;
    requireValue(ctx, attr, true, 'whether the key vault uses Azure RBAC', 'The key vault authorizes data access with access policies, not Azure RBAC.', {
      id: 'enable-rbac',
      title: 'Authorize data access with Azure RBAC',
      safety: 'unsafe',
    });
  },
});
