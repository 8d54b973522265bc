provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-security"
  location = "westeurope"
}

resource "azurerm_security_center_setting" "bad" {
  setting_name = "WDATP"
  enabled      = false
}

resource "azurerm_security_center_setting" "apps" {
  setting_name = "MCAS"
  enabled      = true
}
