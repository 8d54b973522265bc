resource "azurerm_storage_account" "good" {
  name                     = "good"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_management_lock" "good" {
  name       = "good"
  scope      = azurerm_storage_account.good.id
  lock_level = "ReadOnly"
}

resource "azurerm_storage_account" "good_delete" {
  name                     = "gooddelete"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_management_lock" "good_delete" {
  name       = "good_delete"
  scope      = azurerm_storage_account.good_delete.id
  lock_level = "CanNotDelete"
}
