resource "azurerm_storage_account" "bad_lrs" {
  name                     = "badlrs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "bad_zrs" {
  name                     = "badzrs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
}

resource "azurerm_storage_account" "unknown" {
  name                     = "unknown"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = var.replication
}

resource "azurerm_storage_account" "good_premium" {
  name                     = "goodpremium"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Premium"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "good" {
  name                     = "good"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "RAGZRS"
}
