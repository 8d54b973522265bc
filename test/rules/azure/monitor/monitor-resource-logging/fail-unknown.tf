provider "azurerm" {
  features {}
}

variable "diagnostics_target_id" {
  type = string
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-app"
  location = "westeurope"
}

resource "azurerm_network_security_group" "nsg" {
  name                = "nsg-app"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
}

# The target is an input: it may be this security group.
resource "azurerm_monitor_diagnostic_setting" "maybe" {
  name                       = "maybe-nsg"
  target_resource_id         = var.diagnostics_target_id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category_group = "allLogs"
  }
}
