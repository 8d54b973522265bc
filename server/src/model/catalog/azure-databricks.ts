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
    },
  },
] as const satisfies readonly CatalogKind[];
