resource "azurerm_network_ddos_protection_plan" "main" {
  name                = "main"
  resource_group_name = "rg"
  location            = "westeurope"
}

resource "azurerm_virtual_network" "bad_none" {
  name                = "bad_none"
  resource_group_name = "rg"
  location            = "westeurope"
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_virtual_network" "bad_disabled" {
  name                = "bad_disabled"
  resource_group_name = "rg"
  location            = "westeurope"
  address_space       = ["10.0.0.0/16"]

  ddos_protection_plan {
    id     = azurerm_network_ddos_protection_plan.main.id
    enable = false
  }
}

resource "azurerm_virtual_network" "unknown" {
  name                = "unknown"
  resource_group_name = "rg"
  location            = "westeurope"
  address_space       = ["10.0.0.0/16"]

  ddos_protection_plan {
    id     = azurerm_network_ddos_protection_plan.main.id
    enable = var.ddos_enabled
  }
}

resource "azurerm_virtual_network" "good" {
  name                = "good"
  resource_group_name = "rg"
  location            = "westeurope"
  address_space       = ["10.0.0.0/16"]

  ddos_protection_plan {
    id     = azurerm_network_ddos_protection_plan.main.id
    enable = true
  }
}

resource "azurerm_virtual_network" "good_variable" {
  name                = "good_variable"
  resource_group_name = "rg"
  location            = "westeurope"
  address_space       = ["10.0.0.0/16"]

  ddos_protection_plan {
    id     = var.plan_id
    enable = true
  }
}
