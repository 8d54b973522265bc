resource "azurerm_key_vault" "unknown" {
  name                = "unknown"
  resource_group_name = "rg"
  location            = "westeurope"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_private_endpoint" "from_data" {
  name                = "from_data"
  resource_group_name = "rg"
  location            = "westeurope"
  subnet_id           = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s"

  private_service_connection {
    name                           = "c"
    private_connection_resource_id = data.azurerm_key_vault.shared.id
    subresource_names              = ["vault"]
    is_manual_connection           = false
  }
}
