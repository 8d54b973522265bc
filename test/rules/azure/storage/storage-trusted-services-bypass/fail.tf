resource "azurerm_storage_account" "bad_none" {
  name                     = "badnone"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
    bypass         = ["None"]
  }
}

resource "azurerm_storage_account" "bad_logging" {
  name                     = "badlogging"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
    bypass         = ["Logging", "Metrics"]
  }
}

resource "azurerm_storage_account" "bad_separate" {
  name                     = "badseparate"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_network_rules" "bad_separate" {
  storage_account_id = azurerm_storage_account.bad_separate.id
  default_action     = "Deny"
  bypass             = []
}

resource "azurerm_storage_account" "unknown" {
  name                     = "unknown"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
    bypass         = var.bypass
  }
}

resource "azurerm_storage_account" "good_default" {
  name                     = "gooddefault"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
  }
}
