provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-platform"
  location = "westeurope"
}

resource "azurerm_role_definition" "bad" {
  name  = "bad-role"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions     = ["*"]
    not_actions = []
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
}
