resource "google_bigquery_dataset" "good_key" {
  dataset_id = "good_key"
  location   = "EU"

  default_encryption_configuration {
    kms_key_name = google_kms_crypto_key.bq.id
  }
}

resource "google_kms_crypto_key" "bq" {
  name            = "bq"
  key_ring        = "projects/p/locations/europe/keyRings/r"
  rotation_period = "7776000s"
}
