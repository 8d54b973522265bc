provider "azurerm" {
  features {}
}

data "azurerm_subscription" "current" {}

variable "owner_scope" {
  type = string
}

resource "azurerm_role_assignment" "owner" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "Owner"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# The scope is an input: it may be the same subscription (two Owners) or another one.
resource "azurerm_role_assignment" "maybe_owner" {
  scope                = var.owner_scope
  role_definition_name = "Owner"
  principal_id         = "22222222-2222-2222-2222-222222222222"
}
