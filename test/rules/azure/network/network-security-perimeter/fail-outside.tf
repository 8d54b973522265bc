resource "azurerm_key_vault" "unknown" {
  name                = "unknown"
  resource_group_name = "rg"
  location            = "westeurope"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_network_security_perimeter_association" "from_variable" {
  name                                  = "from_variable"
  access_mode                           = "Enforced"
  network_security_perimeter_profile_id = azurerm_network_security_perimeter_profile.main.id
  resource_id                           = var.resource_id
}
