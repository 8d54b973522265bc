// SPDX-License-Identifier: Apache-2.0
// Azure subscription-level resources (azurerm): Microsoft Defender for Cloud plans, settings and contacts,
// Entra diagnostic settings, activity log alerts, role definitions and assignments, and
// the resources whose presence the subscription-level rules look for (resource groups and virtual
// networks for the regions in use, Bastion, IoT Hub, Application Insights). Terraform-only kinds; the
// settings are read with the same names in azurerm 3.x and 4.x unless a note says otherwise.
import type { CatalogKind } from './types';

/** A diagnostic setting's destinations (any one of them makes the setting deliver somewhere). */
const DESTINATIONS = {
  storageAccountId: { type: 'string', terraform: ['storage_account_id'], readOnly: true },
  workspaceId: { type: 'string', terraform: ['log_analytics_workspace_id'], readOnly: true },
  eventhubRuleId: { type: 'string', terraform: ['eventhub_authorization_rule_id'], readOnly: true },
} as const;

/**
 * Log categories: `enabled_log` blocks (azurerm 3.39+ and 4.x), and the `log` blocks of azurerm 3.x
 * (removed in 4.0), whose `enabled` defaults to true.
 */
const LOG_LISTS = {
  enabledLogs: { terraform: ['enabled_log'], attrs: { category: { type: 'string', terraform: ['category'] }, categoryGroup: { type: 'string', terraform: ['category_group'] } } },
  logs: {
    terraform: ['log'],
    attrs: { category: { type: 'string', terraform: ['category'] }, categoryGroup: { type: 'string', terraform: ['category_group'] }, enabled: { type: 'bool', terraform: ['enabled'], default: true } },
  },
} as const;

export const AZURE_SUBSCRIPTION = [
  {
    /** One Defender plan of the subscription. `resource_type` defaults to `VirtualMachines`. */
    kind: 'azure.security.pricing',
    terraform: ['azurerm_security_center_subscription_pricing'],
    attrs: {
      tier: { type: 'string', terraform: ['tier'] },
      resourceType: { type: 'string', terraform: ['resource_type'], default: 'VirtualMachines', readOnly: true },
      subplan: { type: 'string', terraform: ['subplan'] },
    },
    lists: { extensions: { terraform: ['extension'], attrs: { name: { type: 'string', terraform: ['name'] } } } },
  },
  {
    /** `MCAS`, `WDATP`, `WDATP_EXCLUDE_LINUX_PUBLIC_PREVIEW`, `WDATP_UNIFIED_SOLUTION`, `Sentinel`. */
    kind: 'azure.security.setting',
    terraform: ['azurerm_security_center_setting'],
    attrs: { settingName: { type: 'string', terraform: ['setting_name'], readOnly: true }, enabled: { type: 'bool', terraform: ['enabled'] } },
  },
  {
    kind: 'azure.security.contact',
    terraform: ['azurerm_security_center_contact'],
    attrs: {
      email: { type: 'string', terraform: ['email'] },
      alertNotifications: { type: 'bool', terraform: ['alert_notifications'] },
      alertsToAdmins: { type: 'bool', terraform: ['alerts_to_admins'] },
    },
  },
  {
    kind: 'azure.security.vulnerability-assessment',
    terraform: ['azurerm_security_center_server_vulnerability_assessments_setting'],
    attrs: { provider: { type: 'string', terraform: ['vulnerability_assessment_provider'] } },
  },
  {
    kind: 'azure.security.iot-solution',
    terraform: ['azurerm_iot_security_solution'],
    attrs: { enabled: { type: 'bool', terraform: ['enabled'], default: true }, iothubIds: { type: 'list', terraform: ['iothub_ids'], readOnly: true } },
  },
  { kind: 'azure.iot.hub', terraform: ['azurerm_iothub'], attrs: { location: { type: 'string', terraform: ['location'], readOnly: true } } },
  {
    kind: 'azure.monitor.aad-diagnostic-setting',
    terraform: ['azurerm_monitor_aad_diagnostic_setting'],
    attrs: DESTINATIONS,
    lists: LOG_LISTS,
  },
  {
    kind: 'azure.monitor.activity-log-alert',
    terraform: ['azurerm_monitor_activity_log_alert'],
    attrs: { enabled: { type: 'bool', terraform: ['enabled'], default: true }, scopes: { type: 'list', terraform: ['scopes'], readOnly: true } },
    lists: {
      criteria: {
        terraform: ['criteria'],
        attrs: { category: { type: 'string', terraform: ['category'] }, operationName: { type: 'string', terraform: ['operation_name'] } },
      },
    },
  },
  { kind: 'azure.monitor.application-insights', terraform: ['azurerm_application_insights'], attrs: { location: { type: 'string', terraform: ['location'], readOnly: true } } },
  { kind: 'azure.network.watcher', terraform: ['azurerm_network_watcher'], attrs: { location: { type: 'string', terraform: ['location'], readOnly: true } } },
  { kind: 'azure.network.bastion', terraform: ['azurerm_bastion_host'], attrs: { location: { type: 'string', terraform: ['location'], readOnly: true } } },
  { kind: 'azure.resources.resource-group', terraform: ['azurerm_resource_group'], attrs: { location: { type: 'string', terraform: ['location'], readOnly: true } } },
  {
    /** A storage account's customer-managed key written as its own resource. */
    kind: 'azure.storage.customer-managed-key',
    terraform: ['azurerm_storage_account_customer_managed_key'],
    attrs: { storageAccountId: { type: 'string', terraform: ['storage_account_id'], readOnly: true } },
  },
  {
    kind: 'azure.authorization.role-definition',
    terraform: ['azurerm_role_definition'],
    attrs: { scope: { type: 'string', terraform: ['scope'], readOnly: true }, assignableScopes: { type: 'list', terraform: ['assignable_scopes'], readOnly: true } },
    lists: {
      permissions: { terraform: ['permissions'], attrs: { actions: { type: 'list', terraform: ['actions'] }, notActions: { type: 'list', terraform: ['not_actions'] } } },
    },
  },
  {
    kind: 'azure.authorization.role-assignment',
    terraform: ['azurerm_role_assignment'],
    attrs: {
      scope: { type: 'string', terraform: ['scope'], readOnly: true },
      roleDefinitionName: { type: 'string', terraform: ['role_definition_name'], readOnly: true },
      roleDefinitionId: { type: 'string', terraform: ['role_definition_id'], readOnly: true },
    },
  },
  {
    /** An Azure Policy assignment at a subscription or management group scope (the same names in azurerm 3.x and 4.x). */
    kind: 'azure.policy.assignment',
    terraform: ['azurerm_subscription_policy_assignment', 'azurerm_management_group_policy_assignment'],
    attrs: {
      policyDefinitionId: { type: 'string', terraform: ['policy_definition_id'], readOnly: true },
      /** JSON (usually `jsonencode({...})`): `{ "<name>": { "value": ... } }`. */
      parameters: { type: 'any', terraform: ['parameters'], readOnly: true },
    },
    lists: {
      /** `overrides { value = "Disabled" }` changes the effect of the policies its selectors pick. */
      overrides: { terraform: ['overrides'], attrs: { value: { type: 'string', terraform: ['value'] } } },
    },
  },
] as const satisfies readonly CatalogKind[];
