resource "google_compute_backend_service" "good" {
  name     = "web"
  protocol = "HTTPS"
  log_config {
    enable      = true
    sample_rate = 0.5
  }
}

resource "google_compute_region_backend_service" "good_passthrough" {
  name          = "ilb"
  region        = "us-west1"
  health_checks = ["projects/acme/global/healthChecks/hc"]
}
