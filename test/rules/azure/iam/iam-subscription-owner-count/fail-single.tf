provider "azurerm" {
  features {}
}

data "azurerm_subscription" "current" {}

resource "azurerm_role_assignment" "owner" {
  scope              = "/subscriptions/00000000-0000-0000-0000-000000000000"
  role_definition_id = "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635"
  principal_id       = "11111111-1111-1111-1111-111111111111"
}

# Owner of a resource group, not of the subscription: not counted.
resource "azurerm_resource_group" "rg" {
  name     = "rg-platform"
  location = "westeurope"
}

resource "azurerm_role_assignment" "rg_owner" {
  scope                = azurerm_resource_group.rg.id
  role_definition_name = "Owner"
  principal_id         = "22222222-2222-2222-2222-222222222222"
}
