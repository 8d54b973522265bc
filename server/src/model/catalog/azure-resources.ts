// SPDX-License-Identifier: Apache-2.0
// azurerm resources that attach to any other resource by id (management locks, diagnostic settings), and the
// resources that can be their target. Terraform-only kinds; rules join them to their target with `refersTo` / `linkTo`.
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
  {
    /**
     * Resources that write resource logs through a diagnostic setting (CIS Azure 6.1.4). Key vaults and
     * Databricks workspaces have their own logging rules; storage accounts log per service (blob, queue...)
     * and virtual machines have metrics only, so they are not listed.
     */
    kind: 'azure.monitor.loggable-resource',
    terraform: [
      'azurerm_network_security_group',
      'azurerm_application_gateway',
      'azurerm_firewall',
      'azurerm_public_ip',
      'azurerm_bastion_host',
      'azurerm_virtual_network_gateway',
      'azurerm_kubernetes_cluster',
      'azurerm_container_registry',
      'azurerm_linux_web_app',
      'azurerm_windows_web_app',
      'azurerm_linux_function_app',
      'azurerm_windows_function_app',
      'azurerm_app_service',
      'azurerm_function_app',
      'azurerm_logic_app_workflow',
      'azurerm_api_management',
      'azurerm_mssql_database',
      'azurerm_postgresql_flexible_server',
      'azurerm_mysql_flexible_server',
      'azurerm_cosmosdb_account',
      'azurerm_redis_cache',
      'azurerm_servicebus_namespace',
      'azurerm_eventhub_namespace',
      'azurerm_eventgrid_topic',
      'azurerm_data_factory',
      'azurerm_search_service',
      'azurerm_cognitive_account',
      'azurerm_cdn_frontdoor_profile',
      'azurerm_recovery_services_vault',
      'azurerm_automation_account',
      'azurerm_batch_account',
      'azurerm_synapse_workspace',
      'azurerm_machine_learning_workspace',
    ],
    attrs: {},
  },
] as const satisfies readonly CatalogKind[];
