resource "google_compute_ssl_policy" "bad_default" {
  name = "bad-default"
}

resource "google_compute_ssl_policy" "bad_tls11" {
  name            = "bad-tls11"
  profile         = "MODERN"
  min_tls_version = "TLS_1_1"
}

resource "google_compute_region_ssl_policy" "bad_custom" {
  provider        = google-beta
  name            = "bad-custom"
  region          = "europe-west1"
  profile         = "CUSTOM"
  min_tls_version = "TLS_1_2"
  custom_features = ["TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_3DES_EDE_CBC_SHA"]
}

resource "google_compute_ssl_policy" "unknown" {
  name            = "unknown"
  profile         = var.profile
  min_tls_version = "TLS_1_2"
}

resource "google_compute_ssl_policy" "good_restricted" {
  name            = "good-restricted"
  profile         = "RESTRICTED"
  min_tls_version = "TLS_1_2"
}
