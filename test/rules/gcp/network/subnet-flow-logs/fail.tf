resource "google_compute_subnetwork" "bad_no_logs" {
  name          = "bad-no-logs"
  ip_cidr_range = "10.0.0.0/24"
  region        = "europe-west1"
  network       = "vpc"
}

resource "google_compute_subnetwork" "bad_defaults" {
  provider      = google-beta
  name          = "bad-defaults"
  ip_cidr_range = "10.0.1.0/24"
  region        = "europe-west1"
  network       = "vpc"

  log_config {}
}

resource "google_compute_subnetwork" "bad_partial" {
  name          = "bad-partial"
  ip_cidr_range = "10.0.2.0/24"
  region        = "europe-west1"
  network       = "vpc"

  log_config {
    aggregation_interval = "INTERVAL_10_MIN"
    flow_sampling        = 1
    metadata             = "EXCLUDE_ALL_METADATA"
  }
}

resource "google_compute_subnetwork" "bad_filter" {
  name          = "bad-filter"
  ip_cidr_range = "10.0.3.0/24"
  region        = "europe-west1"
  network       = "vpc"

  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 1
    metadata             = "INCLUDE_ALL_METADATA"
    filter_expr          = "inIpRange(connection.src_ip, '10.0.0.0/8')"
  }
}

resource "google_compute_subnetwork" "unknown" {
  name          = "unknown"
  ip_cidr_range = "10.0.4.0/24"
  region        = "europe-west1"
  network       = "vpc"

  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = var.sampling
    metadata             = "INCLUDE_ALL_METADATA"
  }
}

resource "google_compute_subnetwork" "good_proxy_only" {
  name          = "good-proxy-only"
  ip_cidr_range = "10.0.5.0/24"
  region        = "europe-west1"
  network       = "vpc"
  purpose       = "REGIONAL_MANAGED_PROXY"
  role          = "ACTIVE"
}
