// SPDX-License-Identifier: Apache-2.0
// Azure Key Vault (azurerm): vaults, keys, secrets, certificates. Terraform-only kinds.
import type { CatalogKind } from './types';

export const AZURE_KEYVAULT = [
  {
    kind: 'azure.keyvault.vault',
    terraform: ['azurerm_key_vault'],
    attrs: {
      purgeProtection: { type: 'bool', terraform: ['purge_protection_enabled'], default: false },
      /** azurerm 4.x name (`rbac_authorization_enabled`); 3.x (and early 4.x, deprecated) wrote `enable_rbac_authorization`. Both default to false. */
      rbacAuthorization: { type: 'bool', terraform: ['rbac_authorization_enabled'], terraformFormerly: [['enable_rbac_authorization']], default: false },
      publicNetworkAccess: { type: 'bool', terraform: ['public_network_access_enabled'], default: true },
      networkDefaultAction: { type: 'string', terraform: ['network_acls', 'default_action'] },
      /** `standard` or `premium` (HSM-backed keys). */
      skuName: { type: 'string', terraform: ['sku_name'], readOnly: true },
    },
  },
  {
    kind: 'azure.keyvault.key',
    terraform: ['azurerm_key_vault_key'],
    attrs: {
      expirationDate: { type: 'string', terraform: ['expiration_date'] },
    },
    lists: {
      /** `rotation_policy { automatic { ... } }`: at most one; either duration turns automatic rotation on. */
      rotationAutomatic: {
        terraform: ['rotation_policy', 'automatic'],
        attrs: { timeAfterCreate: { type: 'string', terraform: ['time_after_create'] }, timeBeforeExpiry: { type: 'string', terraform: ['time_before_expiry'] } },
      },
    },
  },
  {
    kind: 'azure.keyvault.secret',
    terraform: ['azurerm_key_vault_secret'],
    attrs: {
      expirationDate: { type: 'string', terraform: ['expiration_date'] },
    },
  },
  {
    kind: 'azure.keyvault.certificate',
    terraform: ['azurerm_key_vault_certificate'],
    attrs: {
      /** Only for generated certificates: an imported one has no `x509_certificate_properties`. */
      validityInMonths: { type: 'number', terraform: ['certificate_policy', 'x509_certificate_properties', 'validity_in_months'] },
    },
  },
] as const satisfies readonly CatalogKind[];
