resource "azurerm_subnet" "unknown" {
  name                 = "unknown"
  resource_group_name  = "rg"
  virtual_network_name = "vnet"
  address_prefixes     = ["10.0.1.0/24"]
}

resource "azurerm_subnet_network_security_group_association" "from_variable" {
  subnet_id                 = var.subnet_id
  network_security_group_id = azurerm_network_security_group.main.id
}

resource "azurerm_subnet" "unknown_name" {
  name                 = var.subnet_name
  resource_group_name  = "rg"
  virtual_network_name = "vnet"
  address_prefixes     = ["10.0.2.0/24"]
}
