variable "mfa_delete" {
  type = string
}

resource "aws_s3_bucket" "bad_no_versioning" {
  bucket = "acme-bad-no-versioning"
}

resource "aws_s3_bucket" "bad_disabled" {
  bucket = "acme-bad-disabled"
}

resource "aws_s3_bucket_versioning" "bad_disabled" {
  bucket = aws_s3_bucket.bad_disabled.id

  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Disabled"
  }
}

resource "aws_s3_bucket" "unknown_mfa" {
  bucket = "acme-unknown-mfa"
}

resource "aws_s3_bucket_versioning" "unknown_mfa" {
  bucket = aws_s3_bucket.unknown_mfa.id

  versioning_configuration {
    status     = "Enabled"
    mfa_delete = var.mfa_delete
  }
}

resource "aws_s3_bucket" "good" {
  bucket = "acme-good"
}

resource "aws_s3_bucket_versioning" "good" {
  bucket = aws_s3_bucket.good.id
  mfa    = "arn:aws:iam::111122223333:mfa/root-account-mfa-device 123456"

  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}

resource "aws_s3_bucket" "bad_legacy_inline" {
  bucket = "acme-bad-legacy-inline"

  versioning {
    enabled = true
  }
}
