variable "protocol" {}

resource "google_compute_backend_service" "bad_default" {
  name = "web"
}

resource "google_compute_backend_service" "bad_off" {
  name     = "api"
  protocol = "HTTPS"
  log_config {
    enable = false
  }
}

resource "google_compute_region_backend_service" "bad_regional" {
  name                  = "internal"
  region                = "europe-west1"
  protocol              = "HTTP"
  load_balancing_scheme = "INTERNAL_MANAGED"
}

resource "google_compute_backend_service" "unknown_protocol" {
  name     = "x"
  protocol = var.protocol
}

resource "google_compute_backend_service" "good_tcp" {
  name     = "tcp"
  protocol = "TCP"
}
