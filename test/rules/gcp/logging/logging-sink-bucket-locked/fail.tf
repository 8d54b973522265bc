resource "google_storage_bucket" "bad_no_policy" {
  name                        = "acme-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_logging_project_sink" "all" {
  name        = "all"
  destination = "storage.googleapis.com/${google_storage_bucket.bad_no_policy.name}"
}

resource "google_storage_bucket" "bad_unlocked" {
  name                        = "acme-audit"
  location                    = "EU"
  uniform_bucket_level_access = true
  retention_policy {
    retention_period = 31536000
  }
}

resource "google_logging_organization_sink" "org" {
  name        = "org"
  org_id      = "1234567"
  destination = "storage.googleapis.com/acme-audit"
}

resource "google_storage_bucket" "good_not_a_log_bucket" {
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = true
}
