provider "azurerm" {
  features {}
}

variable "update_check_effect" {
  type = string
}

data "azurerm_subscription" "current" {}

# The effect is an input: "Disabled" would turn the update check off.
resource "azurerm_subscription_policy_assignment" "mcsb" {
  name                 = "mcsb"
  subscription_id      = data.azurerm_subscription.current.id
  policy_definition_id = "/providers/Microsoft.Authorization/policySetDefinitions/1f3afdf9-d0c9-4c3d-847f-89da613e70a8"
  parameters = jsonencode({
    systemUpdatesMonitoringEffect = { value = var.update_check_effect }
  })
}
