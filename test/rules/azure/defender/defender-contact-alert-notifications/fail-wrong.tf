provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-security"
  location = "westeurope"
}

resource "azurerm_security_center_contact" "bad" {
  name                = "default1"
  email               = "security@example.com"
  alert_notifications = false
  alerts_to_admins    = true
}
