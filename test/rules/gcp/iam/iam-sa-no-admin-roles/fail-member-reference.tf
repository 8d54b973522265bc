# Regression: `serviceAccount:${google_service_account.x.email}` is a service account whatever its email:
# an admin role on it is a finding (before: "cannot verify ... depends on google_service_account.ci.email").
resource "google_service_account" "ci" {
  account_id = "ci-deployer"
}

resource "google_project_iam_member" "ci_admin" {
  project = "my-project"
  role    = "roles/storage.admin"
  member  = "serviceAccount:${google_service_account.ci.email}"
}
