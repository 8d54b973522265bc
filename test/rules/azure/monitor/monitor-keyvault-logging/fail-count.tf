resource "azurerm_key_vault" "kv" {
  count                         = 2
  name                          = "kv-${count.index}"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = "00000000-0000-0000-0000-000000000000"
  sku_name                      = "standard"
  purge_protection_enabled      = true
  rbac_authorization_enabled    = true
  public_network_access_enabled = false
}

resource "azurerm_monitor_diagnostic_setting" "kv" {
  count                      = 1
  name                       = "kv-logs"
  target_resource_id         = azurerm_key_vault.kv[count.index].id
  log_analytics_workspace_id = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/w"
  enabled_log {
    category = "AuditEvent"
  }
}
