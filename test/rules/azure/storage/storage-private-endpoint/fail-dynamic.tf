resource "azurerm_storage_account" "unknown" {
  name                     = "unknown"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_private_endpoint" "generated" {
  name                = "generated"
  resource_group_name = "rg"
  location            = "westeurope"
  subnet_id           = var.subnet_id

  dynamic "private_service_connection" {
    for_each = var.connections

    content {
      name                           = private_service_connection.key
      private_connection_resource_id = private_service_connection.value.id
      subresource_names              = private_service_connection.value.subresources
      is_manual_connection           = false
    }
  }
}
