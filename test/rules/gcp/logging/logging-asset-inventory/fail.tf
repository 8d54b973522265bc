resource "google_project_service" "compute" {
  service = "compute.googleapis.com"
}
