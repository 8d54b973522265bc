resource "azurerm_storage_account" "bad_default" {
  name                     = "baddefault"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "bad_zero" {
  name                     = "badzero"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  share_properties {
    retention_policy {
      days = 0
    }
  }
}

resource "azurerm_storage_account" "unknown" {
  name                     = "unknown"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  share_properties {
    retention_policy {
      days = var.days
    }
  }
}

resource "azurerm_storage_account" "good_blob_only" {
  name                     = "goodblobonly"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Premium"
  account_replication_type = "LRS"
  account_kind             = "BlockBlobStorage"
}

resource "azurerm_storage_account" "good" {
  name                     = "good"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  share_properties {
    retention_policy {
      days = 14
    }
  }
}
