resource "google_bigquery_dataset" "good" {
  dataset_id = "private"
  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }
  access {
    role   = "READER"
    domain = "example.com"
  }
}

resource "google_bigquery_dataset_iam_member" "good_sa" {
  dataset_id = google_bigquery_dataset.good.dataset_id
  role       = "roles/bigquery.dataEditor"
  member     = "serviceAccount:etl@acme.iam.gserviceaccount.com"
}
