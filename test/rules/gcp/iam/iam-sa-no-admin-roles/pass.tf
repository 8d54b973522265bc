variable "members" {
  default = ["serviceAccount:app@acme-prod.iam.gserviceaccount.com"]
}

resource "google_project_iam_binding" "good_app" {
  project = "acme-prod"
  role    = "roles/pubsub.publisher"
  members = var.members
}

resource "google_project_iam_member" "good_owner_person" {
  project = "acme-prod"
  role    = "roles/owner"
  member  = "group:platform-admins@example.com"
}

resource "google_storage_bucket_iam_member" "good_bucket_admin" {
  bucket = "acme-data"
  role   = "roles/storage.admin"
  member = "serviceAccount:etl@acme-prod.iam.gserviceaccount.com"
}
