resource "azurerm_databricks_workspace" "unknown" {
  name                = "unknown"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"
}

resource "azurerm_monitor_diagnostic_setting" "generated" {
  name                       = "generated"
  target_resource_id         = azurerm_databricks_workspace.unknown.id
  log_analytics_workspace_id = var.log_analytics_workspace_id

  dynamic "enabled_log" {
    for_each = var.categories

    content {
      category = enabled_log.value
    }
  }
}
