resource "azurerm_databricks_workspace" "good" {
  name                                  = "good"
  resource_group_name                   = "rg"
  location                              = "westeurope"
  sku                                   = "premium"
  managed_services_cmk_key_vault_key_id = azurerm_key_vault_key.databricks.versionless_id
  managed_disk_cmk_key_vault_key_id     = azurerm_key_vault_key.databricks.versionless_id
}

resource "azurerm_databricks_workspace" "good_literal" {
  name                              = "good_literal"
  resource_group_name               = "rg"
  location                          = "westeurope"
  sku                               = "premium"
  managed_disk_cmk_key_vault_key_id = "https://kv.vault.azure.net/keys/dbx/0123456789abcdef"
}
