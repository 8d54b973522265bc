resource "azurerm_network_watcher_flow_log" "bad_short" {
  name                      = "bad_short"
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  network_security_group_id = azurerm_network_security_group.main.id
  storage_account_id        = azurerm_storage_account.logs.id
  enabled                   = true

  retention_policy {
    enabled = true
    days    = 30
  }
}

resource "azurerm_network_watcher_flow_log" "bad_disabled" {
  name                 = "bad_disabled"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = azurerm_virtual_network.main.id
  storage_account_id   = azurerm_storage_account.logs.id
  enabled              = true

  retention_policy {
    enabled = false
    days    = 90
  }
}

resource "azurerm_network_watcher_flow_log" "unknown" {
  name                      = "unknown"
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  network_security_group_id = azurerm_network_security_group.main.id
  storage_account_id        = azurerm_storage_account.logs.id
  enabled                   = true

  retention_policy {
    enabled = true
    days    = var.days
  }
}

resource "azurerm_network_watcher_flow_log" "good" {
  name                      = "good"
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  network_security_group_id = azurerm_network_security_group.main.id
  storage_account_id        = azurerm_storage_account.logs.id
  enabled                   = true

  retention_policy {
    enabled = true
    days    = 90
  }
}

resource "azurerm_network_watcher_flow_log" "good_forever" {
  name                 = "good_forever"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = azurerm_virtual_network.main.id
  storage_account_id   = azurerm_storage_account.logs.id
  enabled              = true

  retention_policy {
    enabled = true
    days    = 0
  }
}
