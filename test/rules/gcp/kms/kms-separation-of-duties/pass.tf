resource "google_project_iam_member" "admin" {
  project = "acme"
  role    = "roles/cloudkms.admin"
  member  = "group:sec@example.com"
}

resource "google_project_iam_member" "good_app" {
  project = "acme"
  role    = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member  = "serviceAccount:app@acme.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "good_other_project" {
  project = "acme-other"
  role    = "roles/cloudkms.cryptoKeyDecrypter"
  member  = "group:sec@example.com"
}
