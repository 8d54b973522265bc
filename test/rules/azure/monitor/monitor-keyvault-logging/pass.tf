provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-monitor"
  location = "westeurope"
}

resource "azurerm_key_vault" "good" {
  name                       = "good-kv"
  location                   = azurerm_resource_group.rg.location
  resource_group_name        = azurerm_resource_group.rg.name
  tenant_id                  = "00000000-0000-0000-0000-000000000000"
  sku_name                   = "standard"
  purge_protection_enabled   = true
  rbac_authorization_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "good_audit" {
  name                       = "good_audit"
  target_resource_id         = azurerm_key_vault.good.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "AuditEvent"
  }
}
