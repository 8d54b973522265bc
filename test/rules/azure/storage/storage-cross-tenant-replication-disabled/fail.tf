terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.100"
    }
  }
}

resource "azurerm_storage_account" "bad_default" {
  name                     = "baddefault"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "bad_on" {
  name                             = "badon"
  resource_group_name              = "rg"
  location                         = "westeurope"
  account_tier                     = "Standard"
  account_replication_type         = "GRS"
  cross_tenant_replication_enabled = true
}

resource "azurerm_storage_account" "unknown" {
  name                             = "unknown"
  resource_group_name              = "rg"
  location                         = "westeurope"
  account_tier                     = "Standard"
  account_replication_type         = "GRS"
  cross_tenant_replication_enabled = var.replicate
}

resource "azurerm_storage_account" "good" {
  name                             = "good"
  resource_group_name              = "rg"
  location                         = "westeurope"
  account_tier                     = "Standard"
  account_replication_type         = "GRS"
  cross_tenant_replication_enabled = false
}
