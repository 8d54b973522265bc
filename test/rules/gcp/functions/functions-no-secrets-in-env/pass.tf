resource "google_cloudfunctions2_function" "good" {
  name     = "api"
  location = "europe-west1"
  service_config {
    environment_variables = {
      LOG_LEVEL  = "info"
      TOKEN_TTL  = ""
      PUBLIC_URL = "https://example.com"
    }
    secret_environment_variables {
      key        = "DB_PASSWORD"
      project_id = "acme"
      secret     = "db-password"
      version    = "latest"
    }
  }
}
