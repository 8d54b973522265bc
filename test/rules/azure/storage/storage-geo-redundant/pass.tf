resource "azurerm_storage_account" "good" {
  name                     = "good"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "good_gzrs" {
  name                     = "goodgzrs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GZRS"
}

resource "azurerm_storage_account" "good_premium" {
  name                     = "goodpremium"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Premium"
  account_replication_type = "ZRS"
  account_kind             = "FileStorage"
}
