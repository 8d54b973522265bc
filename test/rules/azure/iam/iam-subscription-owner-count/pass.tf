provider "azurerm" {
  features {}
}

data "azurerm_subscription" "current" {}

resource "azurerm_role_assignment" "owner_a" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "Owner"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

resource "azurerm_role_assignment" "owner_b" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "owner"
  principal_id         = "22222222-2222-2222-2222-222222222222"
}

resource "azurerm_role_assignment" "reader" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "Reader"
  principal_id         = "33333333-3333-3333-3333-333333333333"
}
