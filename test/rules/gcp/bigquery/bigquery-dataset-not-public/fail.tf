variable "who" {}

resource "google_bigquery_dataset" "bad_inline" {
  dataset_id = "analytics"
  access {
    role          = "OWNER"
    user_by_email = "owner@example.com"
  }
  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers"
  }
  access {
    role       = "READER"
    iam_member = "allUsers"
  }
}

resource "google_bigquery_dataset_iam_member" "bad_iam" {
  dataset_id = "analytics"
  role       = "roles/bigquery.dataViewer"
  member     = "allUsers"
}

resource "google_bigquery_dataset_access" "bad_access" {
  dataset_id    = "analytics"
  role          = "READER"
  special_group = "allAuthenticatedUsers"
}

resource "google_bigquery_dataset_iam_binding" "unknown_who" {
  dataset_id = "analytics"
  role       = "roles/bigquery.dataViewer"
  members    = var.who
}

resource "google_bigquery_dataset" "good" {
  dataset_id = "private"
  access {
    role           = "READER"
    group_by_email = "analysts@example.com"
  }
}
