# Regression: a grant whose role is unknown may be the KMS admin (or user) role of a member who holds the
# other side: cannot verify, not a pass.
variable "role" { type = string }

resource "google_project_iam_member" "maybe_admin" {
  project = "my-project"
  role    = var.role
  member  = "user:keys@example.com"
}

resource "google_project_iam_member" "user" {
  project = "my-project"
  role    = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member  = "user:keys@example.com"
}

resource "google_project_iam_member" "admin" {
  project = "my-project"
  role    = "roles/cloudkms.admin"
  member  = "user:ops@example.com"
}

resource "google_project_iam_member" "maybe_user" {
  project = "my-project"
  role    = var.role
  member  = "user:ops@example.com"
}
