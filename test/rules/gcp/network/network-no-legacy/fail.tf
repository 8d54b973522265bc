resource "google_compute_network" "bad_legacy" {
  name       = "legacy"
  ipv4_range = "10.240.0.0/16"
}

resource "google_compute_network" "good_vpc" {
  name                    = "vpc"
  auto_create_subnetworks = false
}
