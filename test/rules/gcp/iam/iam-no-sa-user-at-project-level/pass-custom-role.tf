# Regression: a custom role (`projects/${...}/roles/${...}`) is never roles/iam.serviceAccountUser, whatever
# its unknown parts (before: "cannot verify ... depends on var.project").
variable "project" { type = string }

resource "google_project_iam_custom_role" "bypass" {
  project     = var.project
  role_id     = "bypassFiltering"
  title       = "Bypass filtering"
  permissions = ["storage.buckets.get"]
}

resource "google_project_iam_member" "custom" {
  project = var.project
  role    = "projects/${var.project}/roles/${google_project_iam_custom_role.bypass.role_id}"
  member  = "user:ops@example.com"
}
