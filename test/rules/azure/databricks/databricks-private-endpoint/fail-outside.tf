resource "azurerm_databricks_workspace" "unknown" {
  name                = "unknown"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"
}

resource "azurerm_private_endpoint" "from_variable" {
  name                = "from_variable"
  resource_group_name = "rg"
  location            = "westeurope"
  subnet_id           = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s"

  private_service_connection {
    name                           = "c"
    private_connection_resource_id = var.workspace_id
    subresource_names              = ["databricks_ui_api"]
    is_manual_connection           = false
  }
}
