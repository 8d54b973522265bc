variable "encrypt" {
  type = bool
}

resource "aws_ebs_encryption_by_default" "bad_off" {
  enabled = false
}

resource "aws_ebs_encryption_by_default" "unknown_flag" {
  enabled = var.encrypt
}

resource "aws_ebs_encryption_by_default" "good_default" {}
