resource "azurerm_databricks_workspace" "bad_managed" {
  name                = "bad_managed"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"
}

resource "azurerm_databricks_workspace" "bad_npip_only" {
  name                = "bad_npip_only"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"

  custom_parameters {
    no_public_ip = true
  }
}

resource "azurerm_databricks_workspace" "unknown" {
  name                = "unknown"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"

  custom_parameters {
    virtual_network_id  = var.vnet_id
    public_subnet_name  = "public"
    private_subnet_name = "private"
  }
}

resource "azurerm_databricks_workspace" "good" {
  name                = "good"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"

  custom_parameters {
    virtual_network_id                                   = azurerm_virtual_network.main.id
    public_subnet_name                                   = azurerm_subnet.public.name
    private_subnet_name                                  = azurerm_subnet.private.name
    public_subnet_network_security_group_association_id  = azurerm_subnet_network_security_group_association.public.id
    private_subnet_network_security_group_association_id = azurerm_subnet_network_security_group_association.private.id
    no_public_ip                                         = true
  }
}
