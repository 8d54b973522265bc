resource "azurerm_storage_account" "good" {
  name                     = "good"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  share_properties {
    retention_policy {
    }
  }
}

resource "azurerm_storage_account" "good_files" {
  name                     = "goodfiles"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Premium"
  account_replication_type = "ZRS"
  account_kind             = "FileStorage"

  share_properties {
    retention_policy {
      days = 30
    }
  }
}

resource "azurerm_storage_account" "good_blob" {
  name                     = "goodblob"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  account_kind             = "BlobStorage"
}
