provider "azurerm" {
  features {}
}

resource "azurerm_management_group_policy_assignment" "bad" {
  name                 = "mcsb"
  management_group_id  = "/providers/Microsoft.Management/managementGroups/platform"
  policy_definition_id = "/providers/Microsoft.Authorization/policySetDefinitions/1f3afdf9-d0c9-4c3d-847f-89da613e70a8"

  overrides {
    value = "Disabled"
    selectors {
      in = ["storageAccountsShouldRestrictNetworkAccess"]
    }
  }
}
