variable "db_password" {}

resource "google_cloudfunctions_function" "bad_gen1" {
  name    = "gen1"
  runtime = "python312"
  environment_variables = {
    LOG_LEVEL   = "info"
    DB_PASSWORD = "hunter2-but-longer"
  }
}

resource "google_cloudfunctions2_function" "bad_gen2" {
  name     = "gen2"
  location = "europe-west1"
  service_config {
    environment_variables = {
      GITHUB = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"
    }
  }
}

resource "google_cloudfunctions_function" "good_reference" {
  name    = "ref"
  runtime = "python312"
  environment_variables = {
    DB_PASSWORD = var.db_password
  }
}
