// SPDX-License-Identifier: Apache-2.0
// Azure storage accounts (azurerm). Terraform-only kinds. Where azurerm renamed a setting between major
// versions, the former name is in `terraformFormerly` and the adapter reads whichever is written.
import type { CatalogKind } from './types';

export const AZURE_STORAGE = [
  {
    kind: 'azure.storage.account',
    terraform: ['azurerm_storage_account'],
    attrs: {
      /** azurerm 4.x name; 3.x wrote `enable_https_traffic_only`. Both default to true. */
      httpsTrafficOnly: { type: 'bool', terraform: ['https_traffic_only_enabled'], terraformFormerly: [['enable_https_traffic_only']], default: true },
      /** Default `TLS1_2` since azurerm 3.0. */
      minTlsVersion: { type: 'string', terraform: ['min_tls_version'], default: 'TLS1_2' },
      /** azurerm 3.x and 4.x; 2.x wrote `allow_blob_public_access` (default false there, but a module that writes neither runs a current provider). Default true. */
      allowNestedItemsToBePublic: { type: 'bool', terraform: ['allow_nested_items_to_be_public'], terraformFormerly: [['allow_blob_public_access']], default: true },
      publicNetworkAccess: { type: 'bool', terraform: ['public_network_access_enabled'], default: true },
      sharedAccessKey: { type: 'bool', terraform: ['shared_access_key_enabled'], default: true },
      defaultToOauth: { type: 'bool', terraform: ['default_to_oauth_authentication'], default: false },
      /** Absent `network_rules` block: the account accepts traffic from all networks (unless a separate azurerm_storage_account_network_rules says otherwise). */
      networkDefaultAction: { type: 'string', terraform: ['network_rules', 'default_action'] },
      /** `FileStorage` accounts hold file shares only: the blob settings do not apply. */
      accountKind: { type: 'string', terraform: ['account_kind'], default: 'StorageV2', readOnly: true },
      /** Data Lake Storage (hierarchical namespace): blob versioning is not available. */
      hierarchicalNamespace: { type: 'bool', terraform: ['is_hns_enabled'], default: false, readOnly: true },
      versioning: { type: 'bool', terraform: ['blob_properties', 'versioning_enabled'], default: false },
      /** `Standard` or `Premium`: premium accounts offer only locally and zone-redundant replication. */
      accountTier: { type: 'string', terraform: ['account_tier'], readOnly: true },
      /** To join locks on the account's resource group. */
      resourceGroupName: { type: 'string', terraform: ['resource_group_name'], readOnly: true },
      replicationType: { type: 'string', terraform: ['account_replication_type'] },
      /** No default here: azurerm 3.x defaults to true, 4.x to false (rules read the provider constraint). */
      crossTenantReplication: { type: 'bool', terraform: ['cross_tenant_replication_enabled'] },
      /** Services allowed past the firewall; Azure applies `["AzureServices"]` when not written. */
      networkBypass: { type: 'list', terraform: ['network_rules', 'bypass'] },
      /** SMB versions file shares accept; all of them (2.1, 3.0, 3.1.1) when not written. */
      smbVersions: { type: 'list', terraform: ['share_properties', 'smb', 'versions'] },
      /** SMB channel encryption algorithms accepted; all of them when not written. */
      smbChannelEncryption: { type: 'list', terraform: ['share_properties', 'smb', 'channel_encryption_type'] },
    },
    lists: {
      /** At most one block; its presence turns blob soft delete on (7 days unless `days` says otherwise). */
      blobDeleteRetention: { terraform: ['blob_properties', 'delete_retention_policy'], attrs: { days: { type: 'number', terraform: ['days'], default: 7 } } },
      containerDeleteRetention: { terraform: ['blob_properties', 'container_delete_retention_policy'], attrs: { days: { type: 'number', terraform: ['days'], default: 7 } } },
      /** An inline customer-managed key (the other form is azurerm_storage_account_customer_managed_key, kind azure.storage.customer-managed-key). */
      customerManagedKey: { terraform: ['customer_managed_key'], attrs: { keyVaultKeyId: { type: 'string', terraform: ['key_vault_key_id'], readOnly: true } } },
      /** File share soft delete: `share_properties { retention_policy { days } }` (7 days when `days` is not written). */
      shareRetention: { terraform: ['share_properties', 'retention_policy'], attrs: { days: { type: 'number', terraform: ['days'], default: 7 } } },
    },
  },
  {
    /** The network rules of an account written as their own resource. */
    kind: 'azure.storage.account-network-rules',
    terraform: ['azurerm_storage_account_network_rules'],
    attrs: {
      storageAccountId: { type: 'string', terraform: ['storage_account_id'], readOnly: true },
      defaultAction: { type: 'string', terraform: ['default_action'] },
      networkBypass: { type: 'list', terraform: ['bypass'] },
    },
  },
] as const satisfies readonly CatalogKind[];
