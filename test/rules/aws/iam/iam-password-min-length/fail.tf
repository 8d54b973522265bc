variable "min_length" {
  type = number
}

resource "aws_iam_account_password_policy" "bad_short" {
  minimum_password_length   = 8
  password_reuse_prevention = 24
}

resource "aws_iam_account_password_policy" "bad_default" {
  password_reuse_prevention = 24
  require_symbols           = true
}

resource "aws_iam_account_password_policy" "unknown_length" {
  minimum_password_length   = var.min_length
  password_reuse_prevention = 24
}

resource "aws_iam_account_password_policy" "good" {
  minimum_password_length   = 14
  password_reuse_prevention = 24
}
