resource "azurerm_databricks_workspace" "good" {
  name                = "good"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"
}

resource "azurerm_monitor_diagnostic_setting" "good" {
  name                       = "good"
  target_resource_id         = azurerm_databricks_workspace.good.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category_group = "allLogs"
  }
}
