data "google_iam_policy" "project" {
  binding {
    role    = "roles/cloudkms.admin"
    members = ["user:keys@example.com"]
  }
  binding {
    role    = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
    members = ["user:keys@example.com", "serviceAccount:app@acme.iam.gserviceaccount.com"]
  }
}

resource "google_project_iam_policy" "bad_policy" {
  project     = "acme"
  policy_data = data.google_iam_policy.project.policy_data
}

resource "google_kms_key_ring" "ring" {
  name     = "ring"
  location = "europe-west1"
}

resource "google_kms_key_ring_iam_member" "ring_admin" {
  key_ring_id = google_kms_key_ring.ring.id
  role        = "roles/cloudkms.admin"
  member      = "group:sec@example.com"
}

resource "google_kms_key_ring_iam_member" "bad_ring_decrypter" {
  key_ring_id = google_kms_key_ring.ring.id
  role        = "roles/cloudkms.cryptoKeyDecrypter"
  member      = "group:sec@example.com"
}

resource "google_kms_key_ring_iam_member" "good_app" {
  key_ring_id = google_kms_key_ring.ring.id
  role        = "roles/cloudkms.cryptoKeyDecrypter"
  member      = "serviceAccount:app@acme.iam.gserviceaccount.com"
}
