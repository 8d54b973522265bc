resource "google_project_iam_member" "admin" {
  project = "acme"
  role    = "roles/iam.serviceAccountAdmin"
  member  = "group:iam-admins@example.com"
}

resource "google_project_iam_member" "good_user" {
  project = "acme"
  role    = "roles/iam.serviceAccountUser"
  member  = "group:deployers@example.com"
}
