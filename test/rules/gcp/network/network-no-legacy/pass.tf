resource "google_compute_network" "good" {
  name                    = "vpc"
  auto_create_subnetworks = false
}
