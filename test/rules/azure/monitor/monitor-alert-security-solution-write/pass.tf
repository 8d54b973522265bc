provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-monitor"
  location = "westeurope"
}

data "azurerm_subscription" "current" {}

resource "azurerm_monitor_activity_log_alert" "good" {
  name                = "good-alert"
  resource_group_name = azurerm_resource_group.rg.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Security/securitySolutions/write"
  }

  action {
    action_group_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Insights/actionGroups/security"
  }
}
