resource "azurerm_databricks_workspace" "bad_default" {
  name                = "bad_default"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"
}

resource "azurerm_databricks_workspace" "unknown" {
  name                                  = "unknown"
  resource_group_name                   = "rg"
  location                              = "westeurope"
  sku                                   = "premium"
  managed_services_cmk_key_vault_key_id = var.key_id
}

resource "azurerm_databricks_workspace" "good" {
  name                                  = "good"
  resource_group_name                   = "rg"
  location                              = "westeurope"
  sku                                   = "premium"
  managed_services_cmk_key_vault_key_id = azurerm_key_vault_key.databricks.versionless_id
}

resource "azurerm_databricks_workspace" "good_dbfs" {
  name                         = "good_dbfs"
  resource_group_name          = "rg"
  location                     = "westeurope"
  sku                          = "premium"
  customer_managed_key_enabled = true
}

resource "azurerm_databricks_workspace_root_dbfs_customer_managed_key" "good_dbfs" {
  workspace_id     = azurerm_databricks_workspace.good_dbfs.id
  key_vault_key_id = azurerm_key_vault_key.databricks.versionless_id
}
