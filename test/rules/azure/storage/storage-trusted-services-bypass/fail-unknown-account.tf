# Regression: separate network rules without AzureServices whose storage_account_id comes from a variable
# may be this account's: cannot verify, not a silent pass.
variable "storage_account_id" { type = string }

resource "azurerm_storage_account" "data" {
  name                     = "acmedata"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_network_rules" "data" {
  storage_account_id = var.storage_account_id
  default_action     = "Deny"
  bypass             = ["None"]
}
