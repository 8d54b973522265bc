resource "azurerm_storage_account" "good" {
  name                     = "good"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
    bypass         = ["AzureServices", "Logging"]
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

resource "azurerm_storage_account" "good_no_rules" {
  name                     = "goodnorules"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "good_separate" {
  name                     = "goodseparate"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_network_rules" "good_separate" {
  storage_account_id = azurerm_storage_account.good_separate.id
  default_action     = "Deny"
  bypass             = ["AzureServices"]
}
