provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-security"
  location = "westeurope"
}

resource "azurerm_security_center_contact" "good" {
  name                = "default1"
  email               = "security@example.com"
  alert_notifications = true
  alerts_to_admins    = true
}
