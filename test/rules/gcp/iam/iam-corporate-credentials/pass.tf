resource "google_project_iam_binding" "good" {
  project = "acme-prod"
  role    = "roles/viewer"
  members = ["user:alice@example.com", "group:readers@example.com", "serviceAccount:x@acme-prod.iam.gserviceaccount.com"]
}

variable "name" {}

resource "google_project_iam_member" "good_templated" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "user:${var.name}@example.com"
}

resource "google_project_iam_member" "good_sa_templated" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "serviceAccount:${var.name}@acme-prod.iam.gserviceaccount.com"
}

resource "google_service_account" "app" {
  count      = 1
  account_id = "app"
}

resource "google_project_iam_member" "good_sa_member_attribute" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = google_service_account.app[0].member
}
