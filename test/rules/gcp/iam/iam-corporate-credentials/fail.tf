resource "google_project_iam_member" "bad_gmail" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "user:someone.personal@gmail.com"
}

resource "google_storage_bucket_iam_binding" "bad_list" {
  bucket  = "acme-data"
  role    = "roles/storage.objectViewer"
  members = ["user:alice@example.com", "user:Alice.Home@GoogleMail.com"]
}

resource "google_project_iam_member" "good_corporate" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "user:alice@example.com"
}
