resource "azurerm_databricks_workspace" "good" {
  name                = "good"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"
}

resource "azurerm_private_endpoint" "good" {
  name                = "good"
  resource_group_name = "rg"
  location            = "westeurope"
  subnet_id           = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s"

  private_service_connection {
    name                           = "c"
    private_connection_resource_id = azurerm_databricks_workspace.good.id
    subresource_names              = ["databricks_ui_api"]
    is_manual_connection           = false
  }
}
