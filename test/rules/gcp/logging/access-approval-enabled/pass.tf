resource "google_organization_access_approval_settings" "org" {
  organization_id     = "1234567"
  notification_emails = ["approvers@example.com"]
  enrolled_services {
    cloud_product = "all"
  }
}
