provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-app"
  location = "westeurope"
}

resource "azurerm_log_analytics_workspace" "logs" {
  name                = "law-app"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
}

resource "azurerm_public_ip" "ip" {
  name                = "pip-app"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  allocation_method   = "Static"
  sku                 = "Standard"
}

# Metrics only: the public IP's DDoS logs are not exported.
resource "azurerm_monitor_diagnostic_setting" "bad_metrics_only" {
  name                       = "pip-metrics"
  target_resource_id         = azurerm_public_ip.ip.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.logs.id

  enabled_metric {
    category = "AllMetrics"
  }
}

resource "azurerm_redis_cache" "cache" {
  name                = "redis-app"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

# Logs, but sent nowhere.
resource "azurerm_monitor_diagnostic_setting" "bad_no_destination" {
  name               = "redis-logs"
  target_resource_id = azurerm_redis_cache.cache.id

  enabled_log {
    category_group = "allLogs"
  }
}
