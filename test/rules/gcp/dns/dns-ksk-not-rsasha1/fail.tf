resource "google_dns_managed_zone" "bad_rsasha1" {
  name     = "bad-rsasha1"
  dns_name = "example.com."

  dnssec_config {
    state = "on"

    default_key_specs {
      algorithm  = "rsasha1"
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

resource "google_dns_managed_zone" "unknown" {
  name     = "unknown"
  dns_name = "example.org."

  dnssec_config {
    state = "on"

    default_key_specs {
      algorithm  = var.algorithm
      key_length = 2048
      key_type   = "keySigning"
    }
  }
}

resource "google_dns_managed_zone" "good_other_key" {
  name     = "good-other-key"
  dns_name = "example.net."

  dnssec_config {
    state = "on"

    default_key_specs {
      algorithm  = "rsasha1"
      key_length = 1024
      key_type   = "zoneSigning"
    }

    default_key_specs {
      algorithm  = "ecdsap256sha256"
      key_length = 256
      key_type   = "keySigning"
    }
  }
}
