variable "log_bucket" {
  type = string
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket" "bad_no_logging" {
  bucket = "acme-bad-no-logging"
}

resource "aws_s3_bucket" "bad_other" {
  bucket = "acme-bad-other"
}

resource "aws_s3_bucket" "good_logged" {
  bucket = "acme-good-logged"
}

resource "aws_s3_bucket_logging" "good_logged" {
  bucket        = aws_s3_bucket.good_logged.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "good-logged/"
}

resource "aws_s3_bucket" "good_legacy" {
  bucket = "acme-good-legacy"

  logging {
    target_bucket = "acme-access-logs"
    target_prefix = "good-legacy/"
  }
}

resource "aws_s3_bucket" "good_variable_target" {
  bucket = "acme-good-variable-target"
}

resource "aws_s3_bucket_logging" "good_variable_target" {
  bucket        = aws_s3_bucket.good_variable_target.id
  target_bucket = var.log_bucket
  target_prefix = "good-variable-target/"
}
