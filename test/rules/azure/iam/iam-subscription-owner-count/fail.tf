provider "azurerm" {
  features {}
}

data "azurerm_subscription" "current" {}

# Four principals get Owner on the subscription: one more than the three the rule allows.
resource "azurerm_role_assignment" "owners" {
  for_each             = toset(["11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222", "33333333-3333-3333-3333-333333333333", "44444444-4444-4444-4444-444444444444"])
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "Owner"
  principal_id         = each.value
}
