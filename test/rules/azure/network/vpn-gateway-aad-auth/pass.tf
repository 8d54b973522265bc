resource "azurerm_virtual_network_gateway" "good" {
  name                = "good"
  resource_group_name = "rg"
  location            = "westeurope"
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1"

  ip_configuration {
    public_ip_address_id = azurerm_public_ip.gw.id
    subnet_id            = azurerm_subnet.gateway.id
  }

  vpn_client_configuration {
    address_space = ["10.2.0.0/24"]
    aad_tenant    = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/"
    aad_audience  = "41b23e61-6c1e-4545-b367-cd054e0ed4b4"
    aad_issuer    = "https://sts.windows.net/00000000-0000-0000-0000-000000000000/"
  }
}

resource "azurerm_virtual_network_gateway" "good_explicit" {
  name                = "good_explicit"
  resource_group_name = "rg"
  location            = "westeurope"
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1"

  ip_configuration {
    public_ip_address_id = azurerm_public_ip.gw.id
    subnet_id            = azurerm_subnet.gateway.id
  }

  vpn_client_configuration {
    address_space  = ["10.2.0.0/24"]
    vpn_auth_types = ["AAD"]
    aad_tenant     = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/"
    aad_audience   = "41b23e61-6c1e-4545-b367-cd054e0ed4b4"
    aad_issuer     = "https://sts.windows.net/00000000-0000-0000-0000-000000000000/"
  }
}

resource "azurerm_virtual_network_gateway" "good_site_to_site" {
  name                = "good_site_to_site"
  resource_group_name = "rg"
  location            = "westeurope"
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1"

  ip_configuration {
    public_ip_address_id = azurerm_public_ip.gw.id
    subnet_id            = azurerm_subnet.gateway.id
  }
}
