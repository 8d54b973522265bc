resource "azurerm_network_security_group" "main" {
  name                = "main"
  resource_group_name = "rg"
  location            = "westeurope"
}

resource "azurerm_subnet" "good" {
  name                 = "good"
  resource_group_name  = "rg"
  virtual_network_name = "vnet"
  address_prefixes     = ["10.0.1.0/24"]
}

resource "azurerm_subnet_network_security_group_association" "good" {
  subnet_id                 = azurerm_subnet.good.id
  network_security_group_id = azurerm_network_security_group.main.id
}

resource "azurerm_subnet" "good_firewall" {
  name                 = "AzureFirewallSubnet"
  resource_group_name  = "rg"
  virtual_network_name = "vnet"
  address_prefixes     = ["10.0.1.0/24"]
}

resource "azurerm_virtual_network" "good_inline" {
  name                = "inline"
  resource_group_name = "rg"
  location            = "westeurope"
  address_space       = ["10.1.0.0/16"]

  subnet {
    name             = "app"
    address_prefixes = ["10.1.1.0/24"]
    security_group   = azurerm_network_security_group.main.id
  }
}
