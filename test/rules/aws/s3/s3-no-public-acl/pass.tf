resource "aws_s3_bucket" "good_private" {
  bucket = "acme-good-private"
}

resource "aws_s3_bucket_acl" "good_private" {
  bucket = aws_s3_bucket.good_private.id
  acl    = "private"
}

resource "aws_s3_bucket" "good_log_delivery" {
  bucket = "acme-good-logs"
  acl    = "log-delivery-write"
}
