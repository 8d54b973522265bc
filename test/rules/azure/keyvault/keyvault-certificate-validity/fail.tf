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

resource "azurerm_key_vault_certificate" "bad" {
  name         = "bad"
  key_vault_id = azurerm_key_vault.good.id

  certificate_policy {
    issuer_parameters {
      name = "Self"
    }

    key_properties {
      exportable = true
      key_size   = 2048
      key_type   = "RSA"
      reuse_key  = true
    }

    secret_properties {
      content_type = "application/x-pkcs12"
    }

    x509_certificate_properties {
      subject            = "CN=example"
      validity_in_months = 24
      key_usage          = ["digitalSignature"]
    }
  }
}

resource "azurerm_key_vault_certificate" "unknown" {
  name         = "unknown"
  key_vault_id = azurerm_key_vault.good.id

  certificate_policy {
    issuer_parameters {
      name = "Self"
    }

    key_properties {
      exportable = true
      key_size   = 2048
      key_type   = "RSA"
      reuse_key  = true
    }

    secret_properties {
      content_type = "application/x-pkcs12"
    }

    x509_certificate_properties {
      subject            = "CN=example"
      validity_in_months = var.months
      key_usage          = ["digitalSignature"]
    }
  }
}

resource "azurerm_key_vault_certificate" "good" {
  name         = "good"
  key_vault_id = azurerm_key_vault.good.id

  certificate_policy {
    issuer_parameters {
      name = "Self"
    }

    key_properties {
      exportable = true
      key_size   = 2048
      key_type   = "RSA"
      reuse_key  = true
    }

    secret_properties {
      content_type = "application/x-pkcs12"
    }

    x509_certificate_properties {
      subject            = "CN=example"
      validity_in_months = 12
      key_usage          = ["digitalSignature"]
    }
  }
}

resource "azurerm_key_vault_certificate" "good_imported" {
  name         = "good-imported"
  key_vault_id = azurerm_key_vault.good.id

  certificate_policy {
    issuer_parameters {
      name = "Self"
    }

    key_properties {
      exportable = true
      key_size   = 2048
      key_type   = "RSA"
      reuse_key  = true
    }

    secret_properties {
      content_type = "application/x-pkcs12"
    }

  }
}
