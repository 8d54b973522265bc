variable "acl" {
  type = string
}

resource "aws_s3_bucket" "bad_public_read" {
  bucket = "acme-bad-public-read"
}

resource "aws_s3_bucket_acl" "bad_public_read" {
  bucket = aws_s3_bucket.bad_public_read.id
  acl    = "public-read"
}

resource "aws_s3_bucket" "bad_authenticated" {
  bucket = "acme-bad-authenticated"
}

resource "aws_s3_bucket_acl" "bad_authenticated" {
  bucket = "acme-bad-authenticated"
  acl    = "authenticated-read"
}

resource "aws_s3_bucket" "bad_legacy" {
  bucket = "acme-bad-legacy"
  acl    = "public-read-write"
}

resource "aws_s3_bucket" "unknown_acl" {
  bucket = "acme-unknown-acl"
}

resource "aws_s3_bucket_acl" "unknown_acl" {
  bucket = aws_s3_bucket.unknown_acl.id
  acl    = var.acl
}

resource "aws_s3_bucket" "good_private" {
  bucket = "acme-good-private"
}

resource "aws_s3_bucket_acl" "good_private" {
  bucket = aws_s3_bucket.good_private.id
  acl    = "private"
}

resource "aws_s3_bucket" "good_no_acl" {
  bucket = "acme-good-no-acl"
}
