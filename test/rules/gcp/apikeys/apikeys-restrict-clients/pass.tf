resource "google_apikeys_key" "good_android" {
  name = "android"
  restrictions {
    android_key_restrictions {
      allowed_applications {
        package_name     = "com.example.app"
        sha1_fingerprint = "1699466a142d4682a5f91b50fdf400f2358e2b0b"
      }
    }
    api_targets {
      service = "maps-android-backend.googleapis.com"
    }
  }
}

resource "google_apikeys_key" "good_browser" {
  name = "browser"
  restrictions {
    browser_key_restrictions {
      allowed_referrers = ["https://www.example.com/*"]
    }
  }
}
