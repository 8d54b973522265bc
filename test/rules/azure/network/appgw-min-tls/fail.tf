resource "azurerm_application_gateway" "bad_default" {
  name                = "bad_default"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }
}

resource "azurerm_application_gateway" "bad_old_predefined" {
  name                = "bad_old_predefined"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  ssl_policy {
    policy_type = "Predefined"
    policy_name = "AppGwSslPolicy20170401"
  }
}

resource "azurerm_application_gateway" "bad_custom" {
  name                = "bad_custom"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  ssl_policy {
    policy_type          = "CustomV2"
    min_protocol_version = "TLSv1_1"
    cipher_suites        = ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"]
  }
}

resource "azurerm_application_gateway" "bad_disabled" {
  name                = "bad_disabled"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  ssl_policy {
    disabled_protocols = ["TLSv1_0"]
  }
}

resource "azurerm_application_gateway" "unknown" {
  name                = "unknown"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  ssl_policy {
    policy_type = "Predefined"
    policy_name = var.ssl_policy
  }
}

resource "azurerm_application_gateway" "good" {
  name                = "good"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  ssl_policy {
    policy_type = "Predefined"
    policy_name = "AppGwSslPolicy20220101"
  }
}

resource "azurerm_application_gateway" "good_custom" {
  name                = "good_custom"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  ssl_policy {
    policy_type          = "CustomV2"
    min_protocol_version = "TLSv1_3"
  }
}
