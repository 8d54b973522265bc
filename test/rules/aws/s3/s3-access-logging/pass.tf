resource "aws_s3_bucket" "logs" {
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket" "good_logged" {
  bucket = "acme-good-logged"
}

resource "aws_s3_bucket_logging" "good_logged" {
  bucket        = aws_s3_bucket.good_logged.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "good-logged/"
}
