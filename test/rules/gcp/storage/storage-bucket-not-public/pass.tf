resource "google_storage_bucket_iam_binding" "good_team" {
  bucket  = "acme-data"
  role    = "roles/storage.objectViewer"
  members = ["group:analysts@example.com", "serviceAccount:etl@acme.iam.gserviceaccount.com"]
}

resource "google_project_iam_member" "good_not_a_bucket" {
  project = "acme"
  role    = "roles/viewer"
  member  = "allAuthenticatedUsers"
}
