resource "google_bigquery_dataset" "bad_google_key" {
  dataset_id = "bad_google_key"
  location   = "EU"
}

resource "google_bigquery_dataset" "good_key" {
  dataset_id = "good_key"
  location   = "EU"

  default_encryption_configuration {
    kms_key_name = var.kms_key
  }
}
