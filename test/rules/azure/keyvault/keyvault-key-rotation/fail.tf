resource "azurerm_key_vault_key" "bad_no_policy" {
  name            = "bad-no-policy"
  key_vault_id    = var.key_vault_id
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["decrypt", "encrypt"]
  expiration_date = "2027-12-31T00:00:00Z"
}

resource "azurerm_key_vault_key" "bad_no_automatic" {
  name            = "bad-no-automatic"
  key_vault_id    = var.key_vault_id
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["decrypt", "encrypt"]
  expiration_date = "2027-12-31T00:00:00Z"

  rotation_policy {
    expire_after = "P1Y"
  }
}

resource "azurerm_key_vault_key" "bad_empty_automatic" {
  name            = "bad-empty-automatic"
  key_vault_id    = var.key_vault_id
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["decrypt", "encrypt"]
  expiration_date = "2027-12-31T00:00:00Z"

  rotation_policy {
    expire_after = "P1Y"

    automatic {
    }
  }
}

resource "azurerm_key_vault_key" "unknown" {
  name            = "unknown"
  key_vault_id    = var.key_vault_id
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["decrypt", "encrypt"]
  expiration_date = "2027-12-31T00:00:00Z"

  rotation_policy {
    expire_after = "P1Y"

    automatic {
      time_before_expiry = var.rotate_before
    }
  }
}

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

resource "azurerm_key_vault_key" "good_after_create" {
  name            = "good-after-create"
  key_vault_id    = var.key_vault_id
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["decrypt", "encrypt"]
  expiration_date = "2027-12-31T00:00:00Z"

  rotation_policy {
    expire_after = "P1Y"

    automatic {
      time_after_create = "P90D"
    }
  }
}
