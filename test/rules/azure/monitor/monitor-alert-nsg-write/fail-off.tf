provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-monitor"
  location = "westeurope"
}

data "azurerm_subscription" "current" {}

resource "azurerm_monitor_activity_log_alert" "bad" {
  name                = "bad-alert"
  resource_group_name = azurerm_resource_group.rg.name
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]
  enabled             = false

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/write"
  }

  action {
    action_group_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Insights/actionGroups/security"
  }
}
