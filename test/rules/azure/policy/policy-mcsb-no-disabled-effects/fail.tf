provider "azurerm" {
  features {}
}

data "azurerm_subscription" "current" {}

resource "azurerm_subscription_policy_assignment" "bad" {
  name                 = "mcsb"
  subscription_id      = data.azurerm_subscription.current.id
  policy_definition_id = "/providers/Microsoft.Authorization/policySetDefinitions/1f3afdf9-d0c9-4c3d-847f-89da613e70a8"
  parameters = jsonencode({
    systemUpdatesMonitoringEffect                    = { value = "Disabled" }
    vulnerabilityAssessmentOnVmMonitoringEffect      = { value = "AuditIfNotExists" }
    diskEncryptionMonitoringEffect                   = { value = "disabled" }
    "allowedContainerImagesInKubernetesClusterRegex" = { value = "^.+$" }
  })
}
