variable "role" {}

resource "google_project_iam_member" "bad_owner" {
  project = "acme-prod"
  role    = "roles/owner"
  member  = "serviceAccount:deployer@acme-prod.iam.gserviceaccount.com"
}

resource "google_project_iam_binding" "bad_mixed" {
  project = "acme-prod"
  role    = "roles/editor"
  members = [
    "user:alice@example.com",
    "serviceAccount:ci@acme-prod.iam.gserviceaccount.com",
  ]
}

resource "google_folder_iam_member" "bad_folder_admin" {
  folder = "folders/1234"
  role   = "roles/resourcemanager.folderAdmin"
  member = "serviceAccount:ops@acme-prod.iam.gserviceaccount.com"
}

data "google_iam_policy" "project" {
  binding {
    role    = "roles/iam.securityAdmin"
    members = ["serviceAccount:audit@acme-prod.iam.gserviceaccount.com"]
  }
  binding {
    role    = "roles/viewer"
    members = ["serviceAccount:audit@acme-prod.iam.gserviceaccount.com"]
  }
}

resource "google_project_iam_policy" "bad_policy" {
  project     = "acme-prod"
  policy_data = data.google_iam_policy.project.policy_data
}

resource "google_project_iam_member" "unknown_role" {
  project = "acme-prod"
  role    = var.role
  member  = "serviceAccount:batch@acme-prod.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "good_viewer" {
  project = "acme-prod"
  role    = "roles/storage.objectViewer"
  member  = "serviceAccount:reader@acme-prod.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "good_user_admin" {
  project = "acme-prod"
  role    = "roles/owner"
  member  = "user:owner@example.com"
}
