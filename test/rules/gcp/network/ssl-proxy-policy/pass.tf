resource "google_compute_region_target_https_proxy" "good_policy" {
  name             = "good-policy"
  region           = "europe-west1"
  url_map          = "projects/p/regions/europe-west1/urlMaps/web"
  ssl_certificates = ["projects/p/regions/europe-west1/sslCertificates/web"]
  ssl_policy       = var.ssl_policy
}
