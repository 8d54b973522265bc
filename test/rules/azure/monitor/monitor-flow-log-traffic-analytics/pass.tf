provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-monitor"
  location = "westeurope"
}

resource "azurerm_virtual_network" "good" {
  name                = "good-vnet"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_network_watcher_flow_log" "good" {
  name                 = "good-flow-log"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  target_resource_id   = azurerm_virtual_network.good.id
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flows"
  enabled              = true

  retention_policy {
    enabled = true
    days    = 90
  }

  traffic_analytics {
    enabled               = true
    workspace_id          = "00000000-0000-0000-0000-000000000000"
    workspace_region      = "westeurope"
    workspace_resource_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
  }
}
