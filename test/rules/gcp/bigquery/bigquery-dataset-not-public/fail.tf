resource "google_bigquery_dataset" "bad_all_authenticated" {
  dataset_id = "bad_all_authenticated"
  location   = "EU"

  access {
    role          = "OWNER"
    user_by_email = "owner@example.com"
  }

  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers"
  }
}

resource "google_bigquery_dataset" "bad_all_users" {
  provider   = google-beta
  dataset_id = "bad_all_users"
  location   = "EU"

  access {
    role       = "READER"
    iam_member = "allUsers"
  }
}

resource "google_bigquery_dataset" "unknown" {
  dataset_id = "unknown"
  location   = "EU"

  dynamic "access" {
    for_each = var.readers
    content {
      role       = "READER"
      iam_member = access.value
    }
  }
}

resource "google_bigquery_dataset" "good_project" {
  dataset_id = "good_project"
  location   = "EU"

  access {
    role          = "READER"
    special_group = "projectReaders"
  }
}
