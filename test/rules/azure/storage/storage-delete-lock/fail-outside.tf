resource "azurerm_storage_account" "unknown" {
  name                     = "unknown"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_management_lock" "subscription" {
  name       = "subscription"
  scope      = var.subscription_id
  lock_level = "CanNotDelete"
}
