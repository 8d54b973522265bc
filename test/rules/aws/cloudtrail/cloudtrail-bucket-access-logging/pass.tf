resource "aws_s3_bucket" "access_logs" {
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket" "trail_logs" {
  bucket = "acme-trail-logs"
}

resource "aws_s3_bucket_logging" "trail_logs" {
  bucket        = aws_s3_bucket.trail_logs.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "trail-logs/"
}

resource "aws_cloudtrail" "good" {
  name                  = "good"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = true
}
