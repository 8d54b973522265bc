resource "google_project_service" "logging" {
  service = "logging.googleapis.com"
}
