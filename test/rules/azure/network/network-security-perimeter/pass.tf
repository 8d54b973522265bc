resource "azurerm_storage_account" "good_account" {
  name                     = "goodaccount"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_network_security_perimeter_association" "account" {
  name                                  = "account"
  access_mode                           = "Enforced"
  network_security_perimeter_profile_id = azurerm_network_security_perimeter_profile.main.id
  resource_id                           = azurerm_storage_account.good_account.id
}

resource "azurerm_key_vault" "good_vault" {
  name                = "goodvault"
  resource_group_name = "rg"
  location            = "westeurope"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_network_security_perimeter_association" "vault" {
  name                                  = "vault"
  access_mode                           = "Enforced"
  network_security_perimeter_profile_id = azurerm_network_security_perimeter_profile.main.id
  resource_id                           = azurerm_key_vault.good_vault.id
}
