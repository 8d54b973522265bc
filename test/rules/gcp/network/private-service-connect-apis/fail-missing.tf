resource "google_compute_global_forwarding_rule" "web" {
  name       = "web"
  target     = google_compute_target_https_proxy.web.id
  port_range = "443"
}

resource "google_compute_target_https_proxy" "web" {
  name             = "web"
  url_map          = "projects/p/global/urlMaps/web"
  ssl_certificates = ["projects/p/global/sslCertificates/web"]
  ssl_policy       = "projects/p/global/sslPolicies/modern"
}
