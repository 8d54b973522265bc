resource "google_compute_global_address" "psc" {
  name         = "psc-apis"
  purpose      = "PRIVATE_SERVICE_CONNECT"
  address_type = "INTERNAL"
  address      = "10.3.0.5"
  network      = "projects/p/global/networks/vpc"
}

resource "google_compute_global_forwarding_rule" "good_apis" {
  name                  = "apis"
  target                = "all-apis"
  network               = "projects/p/global/networks/vpc"
  ip_address            = google_compute_global_address.psc.id
  load_balancing_scheme = ""
}
