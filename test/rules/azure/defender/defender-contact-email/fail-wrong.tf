provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-security"
  location = "westeurope"
}

resource "azurerm_security_center_contact" "bad" {
  name                = "default1"
  email               = ""
  alert_notifications = true
  alerts_to_admins    = true
}
