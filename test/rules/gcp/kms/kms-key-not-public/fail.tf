variable "readers" {}

resource "google_kms_key_ring" "ring" {
  name     = "ring"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "key" {
  name            = "key"
  key_ring        = google_kms_key_ring.ring.id
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key_iam_member" "bad_all_users" {
  crypto_key_id = google_kms_crypto_key.key.id
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  member        = "allUsers"
}

resource "google_kms_key_ring_iam_binding" "bad_ring" {
  key_ring_id = google_kms_key_ring.ring.id
  role        = "roles/cloudkms.cryptoKeyEncrypter"
  members     = ["allAuthenticatedUsers", "serviceAccount:app@acme.iam.gserviceaccount.com"]
}

data "google_iam_policy" "key" {
  binding {
    role    = "roles/cloudkms.publicKeyViewer"
    members = ["allUsers"]
  }
}

resource "google_kms_crypto_key_iam_policy" "bad_policy" {
  crypto_key_id = google_kms_crypto_key.key.id
  policy_data   = data.google_iam_policy.key.policy_data
}

resource "google_kms_crypto_key_iam_binding" "unknown_readers" {
  crypto_key_id = google_kms_crypto_key.key.id
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  members       = var.readers
}

resource "google_kms_crypto_key_iam_member" "good_app" {
  crypto_key_id = google_kms_crypto_key.key.id
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "serviceAccount:app@acme.iam.gserviceaccount.com"
}
