resource "azurerm_storage_account" "bad_none" {
  name                     = "badnone"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
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
  lock_level = "CanNotDelete"
}

resource "azurerm_resource_group" "locked" {
  name     = "locked"
  location = "westeurope"
}

resource "azurerm_storage_account" "good_in_group" {
  name                     = "goodingroup"
  resource_group_name      = azurerm_resource_group.locked.name
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_management_lock" "group" {
  name       = "group"
  scope      = azurerm_resource_group.locked.id
  lock_level = "CanNotDelete"
}
