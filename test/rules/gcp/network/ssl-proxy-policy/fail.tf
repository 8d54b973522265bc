resource "google_compute_target_https_proxy" "bad_no_policy" {
  name             = "bad-no-policy"
  url_map          = "projects/p/global/urlMaps/web"
  ssl_certificates = ["projects/p/global/sslCertificates/web"]
}

resource "google_compute_target_ssl_proxy" "bad_ssl_proxy" {
  name             = "bad-ssl-proxy"
  backend_service  = "projects/p/global/backendServices/tcp"
  ssl_certificates = ["projects/p/global/sslCertificates/tcp"]
}

resource "google_compute_target_https_proxy" "good_policy" {
  name             = "good-policy"
  url_map          = "projects/p/global/urlMaps/web"
  ssl_certificates = ["projects/p/global/sslCertificates/web"]
  ssl_policy       = google_compute_ssl_policy.modern.id
}

resource "google_compute_ssl_policy" "modern" {
  name            = "modern"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}
