resource "google_storage_bucket" "logs" {
  name                        = "acme-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  retention_policy {
    retention_period = 31536000
    is_locked        = true
  }
}

resource "google_logging_project_sink" "all" {
  name        = "all"
  destination = "storage.googleapis.com/${google_storage_bucket.logs.name}"
}

resource "google_logging_project_sink" "elsewhere" {
  name        = "elsewhere"
  destination = "bigquery.googleapis.com/projects/acme/datasets/logs"
}
