resource "aws_s3_bucket" "bad_no_block" {
  bucket = "acme-bad-no-block"
}

resource "aws_s3_bucket" "bad_partial" {
  bucket = "acme-bad-partial"
}

resource "aws_s3_bucket_public_access_block" "bad_partial" {
  bucket = aws_s3_bucket.bad_partial.id

  block_public_acls   = true
  block_public_policy = false
}

resource "aws_s3_bucket" "good_blocked" {
  bucket = "acme-good"
}

resource "aws_s3_bucket_public_access_block" "good_blocked" {
  bucket = aws_s3_bucket.good_blocked.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
