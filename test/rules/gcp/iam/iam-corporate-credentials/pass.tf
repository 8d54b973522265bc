resource "google_project_iam_binding" "good" {
  project = "acme-prod"
  role    = "roles/viewer"
  members = ["user:alice@example.com", "group:readers@example.com", "serviceAccount:x@acme-prod.iam.gserviceaccount.com"]
}
