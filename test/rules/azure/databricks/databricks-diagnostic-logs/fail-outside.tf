resource "azurerm_databricks_workspace" "unknown" {
  name                = "unknown"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"
}

resource "azurerm_monitor_diagnostic_setting" "from_variable" {
  name                       = "from_variable"
  target_resource_id         = var.target_id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category_group = "allLogs"
  }
}
