resource "google_service_account" "ci" {
  account_id = "ci"
}

resource "google_service_account_key" "bad_generated" {
  service_account_id = google_service_account.ci.name
}

resource "google_service_account_key" "bad_uploaded" {
  service_account_id = google_service_account.ci.name
  public_key_data    = filebase64("ci.pub")
}
