resource "google_project_iam_audit_config" "bad_admin_only" {
  project = "acme-app"
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
}

resource "google_project_iam_audit_config" "storage_only" {
  project = "acme-app"
  service = "storage.googleapis.com"
  audit_log_config {
    log_type = "DATA_READ"
  }
}
