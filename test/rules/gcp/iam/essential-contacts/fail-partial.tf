resource "google_essential_contacts_contact" "bad_billing_only" {
  parent                              = "organizations/1234567"
  email                               = "finance@example.com"
  language_tag                        = "en"
  notification_category_subscriptions = ["BILLING", "SECURITY"]
}
