provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-monitor"
  location = "westeurope"
}

data "azurerm_subscription" "current" {}

resource "azurerm_storage_account" "good" {
  name                     = "goodlogs"
  resource_group_name      = azurerm_resource_group.rg.name
  location                 = azurerm_resource_group.rg.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_customer_managed_key" "good" {
  storage_account_id = azurerm_storage_account.good.id
  key_vault_id       = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  key_name           = "logs"
}

resource "azurerm_monitor_diagnostic_setting" "activity" {
  name                       = "activity"
  target_resource_id         = data.azurerm_subscription.current.id
  storage_account_id         = azurerm_storage_account.good.id

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
