// SPDX-License-Identifier: Apache-2.0
// Azure Databricks workspaces (azurerm). Terraform-only kind.
import type { CatalogKind } from './types';

export const AZURE_DATABRICKS = [
  {
    kind: 'azure.databricks.workspace',
    terraform: ['azurerm_databricks_workspace'],
    attrs: {
      /** Same name in azurerm 3.x and 4.x; default true. */
      publicNetworkAccess: { type: 'bool', terraform: ['public_network_access_enabled'], default: true },
      /** `standard`, `premium` or `trial`: customer-managed keys and Private Link need `premium`. */
      sku: { type: 'string', terraform: ['sku'], readOnly: true },
      /** VNet injection: the workspace's clusters run in this customer virtual network. */
      virtualNetworkId: { type: 'string', terraform: ['custom_parameters', 'virtual_network_id'] },
      publicSubnetName: { type: 'string', terraform: ['custom_parameters', 'public_subnet_name'] },
      privateSubnetName: { type: 'string', terraform: ['custom_parameters', 'private_subnet_name'] },
      publicSubnetNsgAssociation: { type: 'string', terraform: ['custom_parameters', 'public_subnet_network_security_group_association_id'] },
      privateSubnetNsgAssociation: { type: 'string', terraform: ['custom_parameters', 'private_subnet_network_security_group_association_id'] },
      /** Secure cluster connectivity. No default here: azurerm 3.x defaults to false, 4.x to true. */
      noPublicIp: { type: 'bool', terraform: ['custom_parameters', 'no_public_ip'] },
      customerManagedKeyEnabled: { type: 'bool', terraform: ['customer_managed_key_enabled'], default: false },
      managedServicesCmkKeyId: { type: 'string', terraform: ['managed_services_cmk_key_vault_key_id'] },
      managedDiskCmkKeyId: { type: 'string', terraform: ['managed_disk_cmk_key_vault_key_id'] },
    },
  },
  {
    /** The DBFS root customer-managed key of a workspace, as its own resource (and the 3.x name of it). */
    kind: 'azure.databricks.root-dbfs-cmk',
    terraform: ['azurerm_databricks_workspace_root_dbfs_customer_managed_key', 'azurerm_databricks_workspace_customer_managed_key'],
    attrs: {
      workspaceId: { type: 'string', terraform: ['workspace_id'], readOnly: true },
    },
  },
  {
    /** Personal access tokens made with the `databricks` provider (not azurerm), in Azure workspaces. */
    kind: 'azure.databricks.token',
    terraform: ['databricks_token'],
    attrs: {
      /** No expiry when not written. */
      lifetimeSeconds: { type: 'number', terraform: ['lifetime_seconds'] },
    },
  },
] as const satisfies readonly CatalogKind[];
