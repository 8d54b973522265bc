resource "google_compute_global_forwarding_rule" "unknown" {
  name                  = "apis"
  target                = var.bundle
  network               = "projects/p/global/networks/vpc"
  ip_address            = "projects/p/global/addresses/psc"
  load_balancing_scheme = ""
}
