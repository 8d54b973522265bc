variable "months" {}

resource "google_service_account" "ci" {
  account_id = "ci"
}

resource "google_service_account_key" "bad_never" {
  service_account_id = google_service_account.ci.name
}

resource "time_rotating" "yearly" {
  rotation_days = 365
}

resource "google_service_account_key" "bad_yearly" {
  service_account_id = google_service_account.ci.name
  keepers = {
    rotation = time_rotating.yearly.id
  }
}

resource "google_service_account_key" "bad_static" {
  service_account_id = google_service_account.ci.name
  keepers = {
    version = "3"
  }
}

resource "time_rotating" "unknown" {
  rotation_months = var.months
}

resource "google_service_account_key" "unknown_period" {
  service_account_id = google_service_account.ci.name
  keepers = {
    rotation = time_rotating.unknown.id
  }
}

resource "time_rotating" "quarterly" {
  rotation_months = 3
}

resource "google_service_account_key" "bad_quarterly" {
  service_account_id = google_service_account.ci.name
  keepers = {
    rotation = time_rotating.quarterly.rotation_rfc3339
  }
}

resource "time_rotating" "ninety" {
  rotation_days = 90
}

resource "google_service_account_key" "good_ninety" {
  service_account_id = google_service_account.ci.name
  keepers = {
    rotation = time_rotating.ninety.id
  }
}
