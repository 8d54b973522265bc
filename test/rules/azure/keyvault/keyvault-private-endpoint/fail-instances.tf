resource "azurerm_key_vault" "bad_second" {
  count               = 2
  name                = "kv"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "t"
  sku_name            = "standard"
}

resource "azurerm_private_endpoint" "pe" {
  name                = "pe"
  location            = "westeurope"
  resource_group_name = "rg"
  subnet_id           = "s"

  private_service_connection {
    name                           = "c"
    private_connection_resource_id = azurerm_key_vault.bad_second[0].id
    subresource_names              = ["vault"]
    is_manual_connection           = false
  }
}

resource "azurerm_key_vault" "good_each" {
  for_each            = toset(["a", "b"])
  name                = each.key
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "t"
  sku_name            = "standard"
}

resource "azurerm_private_endpoint" "each" {
  for_each            = azurerm_key_vault.good_each
  name                = "pe-${each.key}"
  location            = "westeurope"
  resource_group_name = "rg"
  subnet_id           = "s"

  private_service_connection {
    name                           = "c"
    private_connection_resource_id = each.value.id
    subresource_names              = ["vault"]
    is_manual_connection           = false
  }
}
