# Regression: an administering grant whose members come from a variable may name the user-role member:
# cannot verify, not a pass.
variable "sa_admins" { type = list(string) }

resource "google_project_iam_binding" "sa_admins" {
  project = "my-project"
  role    = "roles/iam.serviceAccountAdmin"
  members = var.sa_admins
}

resource "google_project_iam_member" "deployer" {
  project = "my-project"
  role    = "roles/iam.serviceAccountUser"
  member  = "user:deployer@example.com"
}
