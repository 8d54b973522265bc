provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-monitor"
  location = "westeurope"
}

data "azurerm_subscription" "current" {}

resource "azurerm_monitor_diagnostic_setting" "bad" {
  name               = "bad"
  target_resource_id = data.azurerm_subscription.current.id

  enabled_log {
    category = "Administrative"
  }

  enabled_log {
    category = "Alert"
  }

  enabled_log {
    category = "Policy"
  }

  enabled_log {
    category = "Security"
  }
}
