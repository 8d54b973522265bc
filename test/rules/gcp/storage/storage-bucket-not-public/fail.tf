resource "google_storage_bucket" "site" {
  name                        = "site"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket_iam_member" "bad_all_users" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

resource "google_storage_bucket_iam_binding" "bad_binding" {
  provider = google-beta
  bucket   = google_storage_bucket.site.name
  role     = "roles/storage.objectViewer"
  members  = ["group:web@example.com", "allAuthenticatedUsers"]
}

resource "google_storage_bucket_iam_binding" "bad_only_public" {
  bucket  = google_storage_bucket.site.name
  role    = "roles/storage.legacyBucketReader"
  members = ["allUsers"]
}

resource "google_storage_bucket_iam_member" "unknown" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = var.reader
}

resource "google_storage_bucket_iam_member" "good_group" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "group:readers@example.com"
}
