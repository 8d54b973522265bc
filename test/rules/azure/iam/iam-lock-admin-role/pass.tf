provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-platform"
  location = "westeurope"
}

resource "azurerm_role_definition" "good" {
  name  = "good-role"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions     = ["Microsoft.Authorization/locks/*"]
    not_actions = []
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
}
