variable "filter" {}

resource "google_logging_project_sink" "bad_filtered" {
  name        = "errors"
  destination = "storage.googleapis.com/acme-errors"
  filter      = "severity >= ERROR"
}

resource "google_logging_project_sink" "bad_disabled" {
  name        = "all"
  destination = "storage.googleapis.com/acme-all"
  disabled    = true
}

resource "google_logging_project_sink" "bad_excluding" {
  name        = "most"
  destination = "bigquery.googleapis.com/projects/acme/datasets/logs"
  exclusions {
    name   = "no-gke"
    filter = "resource.type = k8s_container"
  }
}

resource "google_logging_project_sink" "unknown_filter" {
  name        = "var"
  destination = "pubsub.googleapis.com/projects/acme/topics/logs"
  filter      = var.filter
}
