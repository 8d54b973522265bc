resource "azurerm_storage_account" "bad_default" {
  name                     = "baddefault"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "bad_old" {
  name                     = "badold"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  share_properties {
    smb {
      versions = ["SMB3.0", "SMB3.1.1"]
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
    smb {
      versions = var.smb_versions
    }
  }
}

resource "azurerm_storage_account" "good" {
  name                     = "good"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  share_properties {
    smb {
      versions = ["SMB3.1.1"]
    }
  }
}
