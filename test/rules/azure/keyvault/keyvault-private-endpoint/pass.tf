resource "azurerm_key_vault" "good" {
  name                = "good"
  resource_group_name = "rg"
  location            = "westeurope"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_private_endpoint" "good" {
  name                = "good"
  resource_group_name = "rg"
  location            = "westeurope"
  subnet_id           = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s"

  private_service_connection {
    name                           = "c"
    private_connection_resource_id = azurerm_key_vault.good.id
    subresource_names              = ["vault"]
    is_manual_connection           = false
  }
}
