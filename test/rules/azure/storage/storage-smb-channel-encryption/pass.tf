resource "azurerm_storage_account" "good" {
  name                     = "good"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  share_properties {
    smb {
      versions                = ["SMB3.1.1"]
      channel_encryption_type = ["AES-256-GCM"]
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
