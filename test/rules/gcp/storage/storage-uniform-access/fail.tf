resource "google_storage_bucket" "bad_default" {
  name     = "bad-default"
  location = "EU"
}

resource "google_storage_bucket" "bad_off" {
  provider                    = google-beta
  name                        = "bad-off"
  location                    = "EU"
  uniform_bucket_level_access = false
}

resource "google_storage_bucket" "bad_legacy_name" {
  name               = "bad-legacy-name"
  location           = "EU"
  bucket_policy_only = false
}

resource "google_storage_bucket" "unknown" {
  name                        = "unknown"
  location                    = "EU"
  uniform_bucket_level_access = var.uniform
}

resource "google_storage_bucket" "good_on" {
  name                        = "good-on"
  location                    = "EU"
  uniform_bucket_level_access = true
}
