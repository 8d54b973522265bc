variable "apis" {}

resource "google_apikeys_key" "bad_none" {
  name = "none"
}

resource "google_apikeys_key" "bad_clients_only" {
  name = "server"
  restrictions {
    server_key_restrictions {
      allowed_ips = ["203.0.113.10"]
    }
  }
}

resource "google_apikeys_key" "unknown_targets" {
  name = "dynamic"
  restrictions {
    dynamic "api_targets" {
      for_each = var.apis
      content {
        service = api_targets.value
      }
    }
  }
}

resource "google_apikeys_key" "good" {
  name = "maps"
  restrictions {
    api_targets {
      service = "maps-backend.googleapis.com"
    }
  }
}
