resource "azurerm_databricks_workspace" "bad_none" {
  name                = "bad_none"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"

  custom_parameters {
    virtual_network_id  = azurerm_virtual_network.main.id
    public_subnet_name  = azurerm_subnet.public.name
    private_subnet_name = azurerm_subnet.private.name
  }
}

resource "azurerm_databricks_workspace" "bad_private_missing" {
  name                = "bad_private_missing"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"

  custom_parameters {
    virtual_network_id                                  = azurerm_virtual_network.main.id
    public_subnet_name                                  = azurerm_subnet.public.name
    private_subnet_name                                 = azurerm_subnet.private.name
    public_subnet_network_security_group_association_id = azurerm_subnet_network_security_group_association.public.id
  }
}

resource "azurerm_databricks_workspace" "unknown" {
  name                = "unknown"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"

  custom_parameters {
    virtual_network_id                                   = azurerm_virtual_network.main.id
    public_subnet_name                                   = azurerm_subnet.public.name
    private_subnet_name                                  = azurerm_subnet.private.name
    public_subnet_network_security_group_association_id  = var.public_nsg_association
    private_subnet_network_security_group_association_id = var.private_nsg_association
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
  }
}

resource "azurerm_databricks_workspace" "good_managed" {
  name                = "good_managed"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"
}
