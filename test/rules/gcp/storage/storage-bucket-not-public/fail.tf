variable "viewers" {}

resource "google_storage_bucket" "site" {
  name                        = "acme-site"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket_iam_member" "bad_public" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

resource "google_storage_bucket_iam_binding" "bad_authenticated" {
  bucket  = google_storage_bucket.site.name
  role    = "roles/storage.legacyBucketReader"
  members = ["allAuthenticatedUsers"]
}

resource "google_storage_bucket_iam_policy" "bad_json" {
  bucket = "acme-reports"
  policy_data = jsonencode({
    bindings = [{ role = "roles/storage.objectViewer", members = ["allUsers"] }]
  })
}

resource "google_storage_bucket_iam_binding" "unknown_viewers" {
  bucket  = google_storage_bucket.site.name
  role    = "roles/storage.objectViewer"
  members = var.viewers
}

resource "google_storage_bucket_iam_member" "good_team" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "group:web@example.com"
}
