resource "google_compute_network" "vpc" {
  name                    = "vpc"
  auto_create_subnetworks = false
}

resource "google_dns_policy" "logging" {
  name           = "logging"
  enable_logging = true
  networks {
    network_url = google_compute_network.vpc.self_link
  }
}
