resource "google_storage_bucket_iam_binding" "good_binding" {
  bucket  = "data"
  role    = "roles/storage.objectViewer"
  members = ["group:readers@example.com", "serviceAccount:app@p.iam.gserviceaccount.com"]
}
