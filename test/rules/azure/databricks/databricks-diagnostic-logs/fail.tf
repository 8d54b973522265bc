resource "azurerm_databricks_workspace" "bad_none" {
  name                = "bad_none"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"
}

resource "azurerm_databricks_workspace" "bad_disabled" {
  name                = "bad_disabled"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"
}

resource "azurerm_monitor_diagnostic_setting" "disabled" {
  name                       = "disabled"
  target_resource_id         = azurerm_databricks_workspace.bad_disabled.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  log {
    category = "accounts"
    enabled  = false
  }
}

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
    category = "accounts"
  }

  enabled_log {
    category = "clusters"
  }
}

resource "azurerm_databricks_workspace" "good_legacy" {
  name                = "good_legacy"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"
}

resource "azurerm_monitor_diagnostic_setting" "good_legacy" {
  name                       = "good_legacy"
  target_resource_id         = azurerm_databricks_workspace.good_legacy.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  log {
    category = "accounts"
  }
}
