resource "google_compute_firewall" "good_iap_subrange" {
  name          = "good-iap-subrange"
  network       = "default"
  source_ranges = ["35.235.241.0/24"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
