variable "restrict" {
  type = bool
}

resource "aws_s3_account_public_access_block" "bad_partial" {
  block_public_acls   = true
  block_public_policy = false
}

resource "aws_s3_account_public_access_block" "unknown_restrict" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = var.restrict
}
