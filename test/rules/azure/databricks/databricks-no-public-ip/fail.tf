terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.117"
    }
  }
}

resource "azurerm_databricks_workspace" "bad_default" {
  name                = "bad_default"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"
}

resource "azurerm_databricks_workspace" "bad_off" {
  name                = "bad_off"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"

  custom_parameters {
    no_public_ip = false
  }
}

resource "azurerm_databricks_workspace" "unknown" {
  name                = "unknown"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"

  custom_parameters {
    no_public_ip = var.no_public_ip
  }
}

resource "azurerm_databricks_workspace" "good" {
  name                = "good"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "premium"

  custom_parameters {
    no_public_ip = true
  }
}
