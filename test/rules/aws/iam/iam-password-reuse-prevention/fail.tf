variable "remembered" {
  type = number
}

resource "aws_iam_account_password_policy" "bad_few" {
  minimum_password_length   = 14
  password_reuse_prevention = 5
}

resource "aws_iam_account_password_policy" "bad_default" {
  minimum_password_length = 14
}

resource "aws_iam_account_password_policy" "unknown_reuse" {
  minimum_password_length   = 14
  password_reuse_prevention = var.remembered
}

resource "aws_iam_account_password_policy" "good" {
  minimum_password_length   = 14
  password_reuse_prevention = 24
}
