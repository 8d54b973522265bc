// SPDX-License-Identifier: Apache-2.0
// azurerm resources that attach to any other resource by id: management locks and diagnostic settings.
// Terraform-only kinds; rules join them to their target with `refersTo` / `linkTo`.
import type { CatalogKind } from './types';

export const AZURE_RESOURCES = [
  {
    kind: 'azure.resource.management-lock',
    terraform: ['azurerm_management_lock'],
    attrs: {
      scope: { type: 'string', terraform: ['scope'], readOnly: true },
      /** `CanNotDelete` or `ReadOnly`. */
      lockLevel: { type: 'string', terraform: ['lock_level'], readOnly: true },
    },
  },
  {
    kind: 'azure.resource.diagnostic-setting',
    terraform: ['azurerm_monitor_diagnostic_setting'],
    attrs: {
      targetResourceId: { type: 'string', terraform: ['target_resource_id'], readOnly: true },
      /** Destinations: any one of them makes the setting deliver somewhere. */
      storageAccountId: { type: 'string', terraform: ['storage_account_id'], readOnly: true },
      workspaceId: { type: 'string', terraform: ['log_analytics_workspace_id'], readOnly: true },
      eventhubRuleId: { type: 'string', terraform: ['eventhub_authorization_rule_id'], readOnly: true },
    },
    lists: {
      /** azurerm 3.x (from 3.39) and 4.x. */
      enabledLogs: { terraform: ['enabled_log'], attrs: { category: { type: 'string', terraform: ['category'] }, categoryGroup: { type: 'string', terraform: ['category_group'] } } },
      /** azurerm 3.x `log` blocks (removed in 4.x): a block with `enabled = false` collects nothing. */
      logs: {
        terraform: ['log'],
        attrs: { category: { type: 'string', terraform: ['category'] }, categoryGroup: { type: 'string', terraform: ['category_group'] }, enabled: { type: 'bool', terraform: ['enabled'], default: true } },
      },
    },
  },
] as const satisfies readonly CatalogKind[];
