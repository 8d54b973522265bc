resource "google_project" "app" {
  name                = "app"
  project_id          = "acme-app"
  org_id              = "1234567"
  auto_create_network = false
}
