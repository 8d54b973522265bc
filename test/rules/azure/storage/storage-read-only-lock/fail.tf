resource "azurerm_storage_account" "bad_none" {
  name                     = "badnone"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "bad_delete_only" {
  name                     = "baddeleteonly"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_management_lock" "delete_only" {
  name       = "delete_only"
  scope      = azurerm_storage_account.bad_delete_only.id
  lock_level = "CanNotDelete"
}

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

resource "azurerm_storage_account" "unknown" {
  name                     = "unknown"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_management_lock" "unknown" {
  name       = "unknown"
  scope      = azurerm_storage_account.unknown.id
  lock_level = var.level
}
