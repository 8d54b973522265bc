provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-security"
  location = "westeurope"
}

resource "azurerm_security_center_setting" "good" {
  setting_name = "WDATP"
  enabled      = true
}
