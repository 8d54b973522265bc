resource "google_service_account" "app" {
  account_id = "app"
}

resource "google_service_account_iam_binding" "good_token_creator" {
  service_account_id = google_service_account.app.name
  role               = "roles/iam.serviceAccountTokenCreator"
  members            = ["group:ci@example.com"]
}

resource "google_project_iam_member" "good_viewer" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "user:alice@example.com"
}
