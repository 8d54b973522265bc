variable "users" {}

resource "google_project" "app" {
  name       = "app"
  project_id = "acme-app"
}

resource "google_project_iam_member" "sa_admin" {
  project = google_project.app.project_id
  role    = "roles/iam.serviceAccountAdmin"
  member  = "user:alice@example.com"
}

resource "google_project_iam_binding" "bad_user" {
  project = google_project.app.project_id
  role    = "roles/iam.serviceAccountUser"
  members = ["user:alice@example.com", "user:bob@example.com"]
}

resource "google_project_iam_member" "admin_literal" {
  project = "acme-ops"
  role    = "roles/iam.serviceAccountAdmin"
  member  = "group:ops@example.com"
}

resource "google_project_iam_member" "bad_token_creator" {
  project = "acme-ops"
  role    = "roles/iam.serviceAccountTokenCreator"
  member  = "group:ops@example.com"
}

resource "google_project_iam_binding" "unknown_users" {
  project = "acme-ops"
  role    = "roles/iam.serviceAccountUser"
  members = var.users
}

resource "google_project_iam_member" "good_other_project" {
  project = "acme-other"
  role    = "roles/iam.serviceAccountUser"
  member  = "group:ops@example.com"
}
