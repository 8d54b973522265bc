resource "azurerm_network_watcher_flow_log" "good" {
  name                      = "good"
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  network_security_group_id = azurerm_network_security_group.main.id
  storage_account_id        = azurerm_storage_account.logs.id
  enabled                   = true

  retention_policy {
    enabled = true
    days    = 365
  }
}

resource "azurerm_network_watcher_flow_log" "good_vnet" {
  name                 = "good_vnet"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = azurerm_virtual_network.main.id
  storage_account_id   = azurerm_storage_account.logs.id
  enabled              = true

  retention_policy {
    enabled = true
    days    = 90
  }
}
