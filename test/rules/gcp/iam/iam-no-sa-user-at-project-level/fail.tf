variable "deployers" {}

resource "google_project_iam_member" "bad_user" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountUser"
  member  = "user:alice@example.com"
}

resource "google_project_iam_binding" "bad_token_creator" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountTokenCreator"
  members = ["group:ci@example.com", "user:bob@example.com"]
}

resource "google_organization_iam_member" "bad_org" {
  org_id = "123456789"
  role   = "roles/iam.serviceAccountUser"
  member = "group:ops@example.com"
}

resource "google_project_iam_binding" "unknown_members" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountUser"
  members = var.deployers
}

resource "google_service_account_iam_member" "good_on_one_sa" {
  service_account_id = "projects/acme-prod/serviceAccounts/app@acme-prod.iam.gserviceaccount.com"
  role               = "roles/iam.serviceAccountUser"
  member             = "user:alice@example.com"
}
