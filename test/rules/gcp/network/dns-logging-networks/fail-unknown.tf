variable "network_url" {}

resource "google_compute_network" "unknown_binding" {
  name                    = "app"
  auto_create_subnetworks = false
}

resource "google_dns_policy" "shared" {
  name           = "shared"
  enable_logging = true
  networks {
    network_url = var.network_url
  }
}
