variable "contact_type" {
  type = string
}

resource "aws_account_alternate_contact" "unknown_type" {
  alternate_contact_type = var.contact_type
  name                   = "Operations"
  title                  = "On call"
  email_address          = "ops@example.com"
  phone_number           = "+15555550101"
}
