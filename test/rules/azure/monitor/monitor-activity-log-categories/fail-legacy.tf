provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-monitor"
  location = "westeurope"
}

data "azurerm_subscription" "current" {}

resource "azurerm_monitor_diagnostic_setting" "bad" {
  name                       = "bad"
  target_resource_id         = data.azurerm_subscription.current.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  log {
    category = "Administrative"
  }
}
