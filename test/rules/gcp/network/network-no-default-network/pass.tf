resource "google_project" "good" {
  name                = "app"
  project_id          = "acme-app"
  folder_id           = "folders/123"
  auto_create_network = false
}
