provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rg" {
  name     = "rg-platform"
  location = "westeurope"
}

resource "azurerm_virtual_network" "good" {
  name                = "good-vnet"
  location            = "westeurope"
  resource_group_name = azurerm_resource_group.rg.name
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_network_watcher" "weu" {
  name                = "weu-watcher"
  location            = "West Europe"
  resource_group_name = azurerm_resource_group.rg.name
}
