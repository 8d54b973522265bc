resource "google_bigquery_dataset" "plain" {
  dataset_id = "plain"
  location   = "EU"
}

resource "google_bigquery_dataset" "keyed" {
  dataset_id = "keyed"
  location   = "EU"

  default_encryption_configuration {
    kms_key_name = var.kms_key
  }
}

resource "google_bigquery_table" "bad_plain_dataset" {
  dataset_id = google_bigquery_dataset.plain.dataset_id
  table_id   = "events"
}

resource "google_bigquery_table" "bad_external_dataset" {
  dataset_id = "analytics"
  table_id   = "events"
}

resource "google_bigquery_table" "unknown_dataset" {
  dataset_id = var.dataset_id
  table_id   = "events"
}

resource "google_bigquery_table" "good_dataset_default" {
  dataset_id = google_bigquery_dataset.keyed.dataset_id
  table_id   = "events"
}

resource "google_bigquery_table" "good_own_key" {
  dataset_id = google_bigquery_dataset.plain.dataset_id
  table_id   = "secure"

  encryption_configuration {
    kms_key_name = var.kms_key
  }
}
