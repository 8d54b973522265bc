resource "google_compute_subnetwork" "good_full" {
  name          = "good-full"
  ip_cidr_range = "10.0.0.0/24"
  region        = "europe-west1"
  network       = "vpc"

  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 1
    metadata             = "INCLUDE_ALL_METADATA"
  }
}
