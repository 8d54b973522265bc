resource "azurerm_storage_account" "bad_none" {
  name                     = "badnone"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "bad_wrong_target" {
  name                     = "badwrongtarget"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_private_endpoint" "other" {
  name                = "other"
  location            = "westeurope"
  resource_group_name = "rg"
  subnet_id           = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s"

  private_service_connection {
    name                           = "c"
    private_connection_resource_id = azurerm_key_vault.kv.id
    subresource_names              = ["vault"]
    is_manual_connection           = false
  }
}

resource "azurerm_key_vault" "kv" {
  name                = "kv"
  location            = "westeurope"
  resource_group_name = "rg"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_storage_account" "good" {
  name                     = "good"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_private_endpoint" "good" {
  name                = "good"
  location            = "westeurope"
  resource_group_name = "rg"
  subnet_id           = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s"

  private_service_connection {
    name                           = "c"
    private_connection_resource_id = azurerm_storage_account.good.id
    subresource_names              = ["blob"]
    is_manual_connection           = false
  }
}
