resource "aws_account_alternate_contact" "billing" {
  alternate_contact_type = "BILLING"
  name                   = "Finance"
  title                  = "Accounts payable"
  email_address          = "finance@example.com"
  phone_number           = "+15555550100"
}
