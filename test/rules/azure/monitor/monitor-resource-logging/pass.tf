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

resource "azurerm_network_security_group" "good" {
  name                = "nsg-app"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
}

resource "azurerm_monitor_diagnostic_setting" "nsg" {
  name                       = "nsg-logs"
  target_resource_id         = azurerm_network_security_group.good.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.logs.id

  enabled_log {
    category = "NetworkSecurityGroupEvent"
  }

  enabled_log {
    category = "NetworkSecurityGroupRuleCounter"
  }
}

resource "azurerm_mssql_server" "sql" {
  name                         = "sql-app"
  resource_group_name          = azurerm_resource_group.rg.name
  location                     = azurerm_resource_group.rg.location
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "ExamplePassw0rd!"
}

resource "azurerm_mssql_database" "good_db" {
  name      = "db-app"
  server_id = azurerm_mssql_server.sql.id
}

# azurerm 3.x form: a `log` block that is on.
resource "azurerm_monitor_diagnostic_setting" "db" {
  name               = "db-logs"
  target_resource_id = azurerm_mssql_database.good_db.id
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stlogs"

  log {
    category = "SQLSecurityAuditEvents"
    enabled  = true
  }
}
