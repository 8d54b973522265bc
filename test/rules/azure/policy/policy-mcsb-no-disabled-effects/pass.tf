provider "azurerm" {
  features {}
}

data "azurerm_subscription" "current" {}

resource "azurerm_subscription_policy_assignment" "good" {
  name                 = "mcsb"
  subscription_id      = data.azurerm_subscription.current.id
  policy_definition_id = "/providers/Microsoft.Authorization/policySetDefinitions/1f3afdf9-d0c9-4c3d-847f-89da613e70a8"
  parameters = jsonencode({
    systemUpdatesMonitoringEffect = { value = "AuditIfNotExists" }
  })
}

# Another initiative may disable its own policies: the rule is about the benchmark only.
resource "azurerm_subscription_policy_assignment" "good_other" {
  name                 = "allowed-locations"
  subscription_id      = data.azurerm_subscription.current.id
  policy_definition_id = "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c"
  parameters = jsonencode({
    effect = { value = "Disabled" }
  })
}
