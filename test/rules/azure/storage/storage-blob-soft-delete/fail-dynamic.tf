variable "blob_properties" {
  type = list(any)
}

resource "azurerm_storage_account" "bad_default" {
  name                     = "baddefault"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

# The whole blob_properties block comes from a dynamic block whose for_each is not known here: the
# retention policy may or may not be written, so the rule cannot tell (never "no delete_retention_policy").
resource "azurerm_storage_account" "unknown_dynamic" {
  name                     = "unknowndynamic"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  dynamic "blob_properties" {
    for_each = var.blob_properties
    content {
      delete_retention_policy {
        days = blob_properties.value.days
      }
    }
  }
}
