# Regression: an unknown user-role member on a scope nothing in the module administers cannot hold both
# roles here (before: "cannot verify ... depends on var.deployer").
variable "deployer" { type = string }

resource "google_project_iam_member" "deployer" {
  project = "my-project"
  role    = "roles/iam.serviceAccountUser"
  member  = var.deployer
}
