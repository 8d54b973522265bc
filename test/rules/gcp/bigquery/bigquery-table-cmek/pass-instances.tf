# Regression: a table in one instance of a count dataset whose instances all have a default key inherits
# it (the reference `google_bigquery_dataset.analytics[0]` names the block, the model holds instances).
resource "google_bigquery_dataset" "analytics" {
  count      = 2
  dataset_id = "analytics_${count.index}"
  default_encryption_configuration {
    kms_key_name = "projects/p/locations/us/keyRings/r/cryptoKeys/k"
  }
}

resource "google_bigquery_table" "events" {
  dataset_id = google_bigquery_dataset.analytics[0].dataset_id
  table_id   = "events"
}
