provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-monitor"
  location = "westeurope"
}

resource "azurerm_monitor_aad_diagnostic_setting" "bad" {
  name                       = "bad"
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "AuditLogs"
  }

  enabled_log {
    category = "SignInLogs"
  }
}
