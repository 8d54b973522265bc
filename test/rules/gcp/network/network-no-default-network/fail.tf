resource "google_project" "bad_default" {
  name       = "app"
  project_id = "acme-app"
  org_id     = "1234567"
}

resource "google_project" "bad_true" {
  name                = "data"
  project_id          = "acme-data"
  org_id              = "1234567"
  auto_create_network = true
}

resource "google_project" "good" {
  name                = "ops"
  project_id          = "acme-ops"
  org_id              = "1234567"
  auto_create_network = false
}
