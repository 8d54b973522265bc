data "google_iam_policy" "project" {
  binding {
    role    = "roles/viewer"
    members = ["group:readers@example.com"]
  }
  audit_config {
    service = "allServices"
    audit_log_configs {
      log_type = "ADMIN_READ"
    }
    audit_log_configs {
      log_type         = "DATA_READ"
      exempted_members = ["serviceAccount:etl@acme-app.iam.gserviceaccount.com"]
    }
    audit_log_configs {
      log_type = "DATA_WRITE"
    }
  }
}

resource "google_project_iam_policy" "bad_exempt" {
  project     = "acme-app"
  policy_data = data.google_iam_policy.project.policy_data
}
