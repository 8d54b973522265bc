resource "google_bigquery_table" "good_own_key" {
  dataset_id = "analytics"
  table_id   = "secure"

  encryption_configuration {
    kms_key_name = var.kms_key
  }
}
