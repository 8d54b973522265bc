variable "ips" {}

resource "google_apikeys_key" "bad_none" {
  name         = "none"
  display_name = "unrestricted"
}

resource "google_apikeys_key" "bad_any_referrer" {
  name = "browser"
  restrictions {
    browser_key_restrictions {
      allowed_referrers = ["*"]
    }
    api_targets {
      service = "maps-backend.googleapis.com"
    }
  }
}

resource "google_apikeys_key" "bad_api_only" {
  name = "api-only"
  restrictions {
    api_targets {
      service = "translate.googleapis.com"
    }
  }
}

resource "google_apikeys_key" "good_unknown_ips" {
  name = "server"
  restrictions {
    server_key_restrictions {
      allowed_ips = var.ips
    }
  }
}
