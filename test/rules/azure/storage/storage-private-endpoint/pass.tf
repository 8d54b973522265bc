resource "azurerm_storage_account" "good" {
  name                     = "good"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_private_endpoint" "good_blob" {
  name                = "good_blob"
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

resource "azurerm_storage_account" "good_file" {
  name                     = "goodfile"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Premium"
  account_replication_type = "ZRS"
  account_kind             = "FileStorage"
}

resource "azurerm_private_endpoint" "good_file" {
  name                = "good_file"
  location            = "westeurope"
  resource_group_name = "rg"
  subnet_id           = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s"

  private_service_connection {
    name                           = "c"
    private_connection_resource_id = azurerm_storage_account.good_file.id
    subresource_names              = ["file"]
    is_manual_connection           = false
  }
}
