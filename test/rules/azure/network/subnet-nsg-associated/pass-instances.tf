# Regression: count subnets paired with count associations (`azurerm_subnet.app[count.index].id`) each have
# their group: the reference names the block, the model holds the instances `azurerm_subnet.app[0]`, ...
resource "azurerm_subnet" "app" {
  count                = 2
  name                 = "app-${count.index}"
  resource_group_name  = "rg"
  virtual_network_name = "vnet"
  address_prefixes     = ["10.0.${count.index}.0/24"]
}

resource "azurerm_subnet_network_security_group_association" "app" {
  count                     = 2
  subnet_id                 = azurerm_subnet.app[count.index].id
  network_security_group_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/app"
}
