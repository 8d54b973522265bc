resource "google_logging_organization_sink" "all" {
  name             = "all-log-entries"
  org_id           = "1234567"
  destination      = "storage.googleapis.com/acme-log-archive"
  include_children = true
}

resource "google_logging_project_sink" "errors" {
  name        = "errors"
  destination = "pubsub.googleapis.com/projects/acme/topics/errors"
  filter      = "severity >= ERROR"
}
