resource "google_compute_backend_service" "good" {
  name     = "web"
  protocol = "HTTPS"
  log_config {
    enable      = true
    sample_rate = 0.5
  }
}
