provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-security"
  location = "westeurope"
}

resource "azurerm_security_center_subscription_pricing" "good" {
  tier          = "Standard"
  resource_type = "AppServices"
}
