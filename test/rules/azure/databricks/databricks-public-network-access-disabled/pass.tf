resource "azurerm_databricks_workspace" "good" {
  name                                  = "good"
  resource_group_name                   = "rg"
  location                              = "westeurope"
  sku                                   = "premium"
  public_network_access_enabled         = false
  network_security_group_rules_required = "NoAzureDatabricksRules"
}
