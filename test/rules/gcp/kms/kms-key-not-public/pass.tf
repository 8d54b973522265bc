resource "google_kms_crypto_key_iam_binding" "good_app" {
  crypto_key_id = "projects/acme/locations/europe-west1/keyRings/ring/cryptoKeys/key"
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  members       = ["serviceAccount:app@acme.iam.gserviceaccount.com"]
}

resource "google_storage_bucket_iam_member" "good_not_a_key" {
  bucket = "acme-public-site"
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
