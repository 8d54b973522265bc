resource "google_project_service" "asset" {
  project = "acme-app"
  service = "cloudasset.googleapis.com"
}
