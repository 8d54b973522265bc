resource "azurerm_key_vault_key" "good" {
  name            = "good"
  key_vault_id    = var.key_vault_id
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["decrypt", "encrypt"]
  expiration_date = "2027-12-31T00:00:00Z"

  rotation_policy {
    expire_after = "P1Y"

    automatic {
      time_before_expiry = "P30D"
    }
  }
}
