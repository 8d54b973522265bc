resource "google_bigquery_dataset" "good_group" {
  dataset_id = "good_group"
  location   = "EU"

  access {
    role           = "READER"
    group_by_email = "analysts@example.com"
  }
}
