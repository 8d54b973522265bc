provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-platform"
  location = "westeurope"
}

resource "azurerm_virtual_network" "net" {
  name                = "net-vnet"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_bastion_host" "good" {
  name                = "bastion"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name

  ip_configuration {
    name                 = "configuration"
    subnet_id            = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/net-vnet/subnets/AzureBastionSubnet"
    public_ip_address_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/bastion"
  }
}
