# Regression: an unknown role with unknown members could be the service account user grant: cannot verify, not a pass.
variable "role" { type = string }
variable "members" { type = list(string) }

resource "google_project_iam_binding" "from_vars" {
  project = "my-project"
  role    = var.role
  members = var.members
}
