# Regression: an association over a for_each collection of subnets (`each.value.id`) covers every instance
# (before: "No network security group is associated with the subnet" on each).
resource "azurerm_subnet" "web" {
  for_each             = toset(["a", "b"])
  name                 = "web-${each.key}"
  resource_group_name  = "rg"
  virtual_network_name = "vnet"
  address_prefixes     = ["10.1.0.0/24"]
}

resource "azurerm_subnet_network_security_group_association" "web" {
  for_each                  = azurerm_subnet.web
  subnet_id                 = each.value.id
  network_security_group_id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/web"
}
