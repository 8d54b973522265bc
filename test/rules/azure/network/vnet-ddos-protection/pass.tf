resource "azurerm_network_ddos_protection_plan" "main" {
  name                = "main"
  resource_group_name = "rg"
  location            = "westeurope"
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
