# Regression: members whose written type is not `user:` cannot be personal accounts, whatever the unknown
# rest (before: "cannot verify ... depends on google_service_account.ci.email").
variable "team" { type = string }

resource "google_service_account" "ci" {
  account_id = "ci-deployer"
}

resource "google_project_iam_binding" "viewers" {
  project = "my-project"
  role    = "roles/viewer"
  members = ["serviceAccount:${google_service_account.ci.email}", "group:${var.team}@example.com"]
}
