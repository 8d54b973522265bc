resource "azurerm_databricks_workspace" "unknown_default" {
  name                = "unknown_default"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"
}

resource "azurerm_databricks_workspace" "good" {
  name                = "good"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"

  custom_parameters {
    no_public_ip = true
  }
}
