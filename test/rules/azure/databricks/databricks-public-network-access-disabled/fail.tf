resource "azurerm_databricks_workspace" "bad_default" {
  name                = "bad_default"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"
}

resource "azurerm_databricks_workspace" "bad_explicit" {
  name                          = "bad_explicit"
  resource_group_name           = "rg"
  location                      = "westeurope"
  sku                           = "premium"
  public_network_access_enabled = true
}

resource "azurerm_databricks_workspace" "unknown" {
  name                          = "unknown"
  resource_group_name           = "rg"
  location                      = "westeurope"
  sku                           = "premium"
  public_network_access_enabled = var.public
}

resource "azurerm_databricks_workspace" "good" {
  name                                  = "good"
  resource_group_name                   = "rg"
  location                              = "westeurope"
  sku                                   = "premium"
  public_network_access_enabled         = false
  network_security_group_rules_required = "NoAzureDatabricksRules"
}
