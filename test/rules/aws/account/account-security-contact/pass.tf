resource "aws_account_alternate_contact" "security" {
  alternate_contact_type = "SECURITY"
  name                   = "Security team"
  title                  = "Security operations"
  email_address          = "security@example.com"
  phone_number           = "+15555550102"
}
