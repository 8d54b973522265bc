# Regression: a member with a written type (`serviceAccount:...`) is never allUsers/allAuthenticatedUsers.
resource "google_service_account" "reader" {
  account_id = "reader"
}

resource "google_storage_bucket_iam_member" "reader" {
  bucket = "acme-data"
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:${google_service_account.reader.email}"
}
