variable "versioning_status" {
  type = string
}

resource "aws_s3_bucket" "bad_default" {
  bucket = "acme-bad-default"
}

resource "aws_s3_bucket" "bad_suspended" {
  bucket = "acme-bad-suspended"
}

resource "aws_s3_bucket_versioning" "bad_suspended" {
  bucket = aws_s3_bucket.bad_suspended.id

  versioning_configuration {
    status = "Suspended"
  }
}

resource "aws_s3_bucket" "bad_inline" {
  bucket = "acme-bad-inline"

  versioning {
    enabled = false
  }
}

resource "aws_s3_bucket" "unknown_status" {
  bucket = "acme-unknown-status"
}

resource "aws_s3_bucket_versioning" "unknown_status" {
  bucket = aws_s3_bucket.unknown_status.id

  versioning_configuration {
    status = var.versioning_status
  }
}

resource "aws_s3_bucket" "good" {
  bucket = "acme-good"
}

resource "aws_s3_bucket_versioning" "good" {
  bucket = aws_s3_bucket.good.id

  versioning_configuration {
    status = "Enabled"
  }
}
