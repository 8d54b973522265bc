resource "azurerm_key_vault" "good" {
  name                          = "good"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = "00000000-0000-0000-0000-000000000000"
  sku_name                      = "standard"
  purge_protection_enabled      = true
  rbac_authorization_enabled    = true
  public_network_access_enabled = false
}

resource "azurerm_key_vault_key" "bad" {
  name         = "bad"
  key_vault_id = azurerm_key_vault.good.id
  key_type     = "RSA"
  key_size     = 2048
  key_opts     = ["decrypt", "encrypt"]
}

resource "azurerm_key_vault_key" "bad_empty" {
  name            = "bad-empty"
  key_vault_id    = azurerm_key_vault.good.id
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["decrypt", "encrypt"]
  expiration_date = ""
}

resource "azurerm_key_vault_key" "unknown" {
  name            = "unknown"
  key_vault_id    = azurerm_key_vault.good.id
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["decrypt", "encrypt"]
  expiration_date = var.expiry
}

resource "azurerm_key_vault_key" "good" {
  name            = "good"
  key_vault_id    = azurerm_key_vault.good.id
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["decrypt", "encrypt"]
  expiration_date = "2027-12-31T00:00:00Z"
}

resource "azurerm_key_vault_key" "good_computed" {
  name            = "good-computed"
  key_vault_id    = azurerm_key_vault.good.id
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["decrypt", "encrypt"]
  expiration_date = timeadd(timestamp(), "8760h")
}
