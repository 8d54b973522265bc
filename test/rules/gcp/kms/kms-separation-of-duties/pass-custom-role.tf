# Regression: a custom role granted to a KMS admin is never one of the encrypt/decrypt roles
# (before: "cannot verify ... depends on var.project").
variable "project" { type = string }

resource "google_project_iam_member" "admin" {
  project = var.project
  role    = "roles/cloudkms.admin"
  member  = "user:keys@example.com"
}

resource "google_project_iam_member" "custom" {
  project = var.project
  role    = "projects/${var.project}/roles/${var.project}Reader"
  member  = "user:keys@example.com"
}
