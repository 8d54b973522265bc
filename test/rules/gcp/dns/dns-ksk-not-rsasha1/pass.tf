resource "google_dns_managed_zone" "good_default_specs" {
  name     = "good-default-specs"
  dns_name = "example.com."

  dnssec_config {
    state = "on"
  }
}

resource "google_dns_managed_zone" "good_sha256" {
  name     = "good-sha256"
  dns_name = "example.org."

  dnssec_config {
    state = "on"

    default_key_specs {
      algorithm  = "rsasha256"
      key_length = 2048
      key_type   = "keySigning"
    }

    default_key_specs {
      algorithm  = "rsasha256"
      key_length = 1024
      key_type   = "zoneSigning"
    }
  }
}
