variable "networks" {}

resource "google_compute_network" "bad_no_policy" {
  name                    = "app"
  auto_create_subnetworks = false
}

resource "google_compute_network" "bad_logging_off" {
  name                    = "data"
  auto_create_subnetworks = false
}

resource "google_dns_policy" "data" {
  name = "data"
  networks {
    network_url = google_compute_network.bad_logging_off.id
  }
}

resource "google_compute_network" "good_by_url" {
  name                    = "ops"
  auto_create_subnetworks = false
}

resource "google_dns_policy" "ops" {
  name           = "ops"
  enable_logging = true
  networks {
    network_url = "projects/acme/global/networks/ops"
  }
}
