resource "google_organization_access_approval_settings" "bad_none_enrolled" {
  organization_id     = "1234567"
  notification_emails = ["approvers@example.com"]
}
