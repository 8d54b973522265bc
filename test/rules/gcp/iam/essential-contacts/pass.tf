resource "google_essential_contacts_contact" "security" {
  parent                              = "organizations/1234567"
  email                               = "security@example.com"
  language_tag                        = "en"
  notification_category_subscriptions = ["SECURITY", "TECHNICAL_INCIDENTS"]
}

resource "google_essential_contacts_contact" "ops" {
  parent                              = "organizations/1234567"
  email                               = "ops@example.com"
  language_tag                        = "en"
  notification_category_subscriptions = ["LEGAL", "SUSPENSION", "TECHNICAL"]
}
