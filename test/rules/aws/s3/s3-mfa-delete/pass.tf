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

resource "aws_s3_bucket" "good_inline" {
  bucket = "acme-good-inline"

  versioning {
    enabled    = true
    mfa_delete = true
  }
}
