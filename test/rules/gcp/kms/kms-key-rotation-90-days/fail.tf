variable "period" {}

resource "google_kms_key_ring" "ring" {
  name     = "ring"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "bad_none" {
  name     = "none"
  key_ring = google_kms_key_ring.ring.id
}

resource "google_kms_crypto_key" "bad_yearly" {
  name            = "yearly"
  key_ring        = google_kms_key_ring.ring.id
  rotation_period = "31536000s"
}

resource "google_kms_crypto_key" "unknown_period" {
  name            = "unknown"
  key_ring        = google_kms_key_ring.ring.id
  rotation_period = var.period
}

resource "google_kms_crypto_key" "good_asymmetric" {
  name     = "signing"
  key_ring = google_kms_key_ring.ring.id
  purpose  = "ASYMMETRIC_SIGN"
  version_template {
    algorithm = "EC_SIGN_P256_SHA256"
  }
}

resource "google_kms_crypto_key" "good_monthly" {
  name            = "monthly"
  key_ring        = google_kms_key_ring.ring.id
  rotation_period = "2592000s"
}
