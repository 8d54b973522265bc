resource "google_service_account" "good" {
  account_id = "app"
}

resource "google_service_account_iam_member" "good_workload_identity" {
  service_account_id = google_service_account.good.name
  role               = "roles/iam.workloadIdentityUser"
  member             = "serviceAccount:acme.svc.id.goog[apps/web]"
}
