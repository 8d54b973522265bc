resource "google_service_account" "ci" {
  account_id = "ci"
}

resource "time_rotating" "key" {
  rotation_days = 60
}

resource "google_service_account_key" "good" {
  service_account_id = google_service_account.ci.name
  keepers = {
    rotation = time_rotating.key.id
  }
}
