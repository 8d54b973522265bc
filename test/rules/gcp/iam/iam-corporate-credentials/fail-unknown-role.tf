# Regression: the "cannot verify" message of an unknown member under an unknown role names the role in words.
variable "role" { type = string }
variable "members" { type = list(string) }

resource "google_project_iam_binding" "from_vars" {
  project = "my-project"
  role    = var.role
  members = var.members
}
