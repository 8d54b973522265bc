provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-security"
  location = "westeurope"
}

resource "azurerm_iothub" "good" {
  name                = "good-hub"
  resource_group_name = azurerm_resource_group.rg.name
  location            = azurerm_resource_group.rg.location

  sku {
    name     = "S1"
    capacity = 1
  }
}

resource "azurerm_iot_security_solution" "good_security" {
  name                = "good-security"
  resource_group_name = azurerm_resource_group.rg.name
  location            = azurerm_resource_group.rg.location
  display_name        = "good security"
  iothub_ids          = [azurerm_iothub.good.id]
}
