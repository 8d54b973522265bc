resource "azurerm_application_gateway" "bad_standard" {
  name                = "bad_standard"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2"
    capacity = 2
  }
}

resource "azurerm_application_gateway" "bad_off" {
  name                = "bad_off"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  waf_configuration {
    enabled          = false
    firewall_mode    = "Prevention"
    rule_set_version = "3.2"
  }
}

resource "azurerm_application_gateway" "bad_no_config" {
  name                = "bad_no_config"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }
}

resource "azurerm_application_gateway" "unknown" {
  name                = "unknown"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = var.sku
    tier     = var.sku
    capacity = 2
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

  waf_configuration {
    enabled          = true
    firewall_mode    = "Prevention"
    rule_set_version = "3.2"
  }
}

resource "azurerm_application_gateway" "good_policy" {
  name                = "good_policy"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  firewall_policy_id = azurerm_web_application_firewall_policy.main.id
}
