resource "google_dns_managed_zone" "bad_default" {
  name     = "bad-default"
  dns_name = "example.com."
}

resource "google_dns_managed_zone" "bad_off" {
  name     = "bad-off"
  dns_name = "example.org."

  dnssec_config {
    state = "off"
  }
}

resource "google_dns_managed_zone" "bad_transfer" {
  provider   = google-beta
  name       = "bad-transfer"
  dns_name   = "example.net."
  visibility = "public"

  dnssec_config {
    state = "transfer"
  }
}

resource "google_dns_managed_zone" "unknown" {
  name     = "unknown"
  dns_name = "example.io."

  dnssec_config {
    state = var.dnssec_state
  }
}

resource "google_dns_managed_zone" "good_on" {
  name     = "good-on"
  dns_name = "example.dev."

  dnssec_config {
    state = "on"
  }
}

resource "google_dns_managed_zone" "good_private" {
  name       = "good-private"
  dns_name   = "internal.example.com."
  visibility = "private"
}
