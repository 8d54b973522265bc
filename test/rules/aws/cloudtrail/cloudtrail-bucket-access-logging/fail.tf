resource "aws_s3_bucket" "access_logs" {
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket" "trail_logs" {
  bucket = "acme-trail-logs"
}

resource "aws_cloudtrail" "bad_unlogged_bucket" {
  name                  = "bad-unlogged-bucket"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = true
}

resource "aws_s3_bucket" "trail_logs_named" {
  bucket = "acme-trail-logs-named"
}

resource "aws_cloudtrail" "bad_by_name" {
  name                  = "bad-by-name"
  s3_bucket_name        = "acme-trail-logs-named"
  is_multi_region_trail = true
}

resource "aws_s3_bucket" "trail_logs_ok" {
  bucket = "acme-trail-logs-ok"
}

resource "aws_s3_bucket_logging" "trail_logs_ok" {
  bucket        = aws_s3_bucket.trail_logs_ok.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "trail-logs-ok/"
}

resource "aws_cloudtrail" "good" {
  name                  = "good"
  s3_bucket_name        = aws_s3_bucket.trail_logs_ok.id
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "unknown_external_bucket" {
  name                  = "unknown-external-bucket"
  s3_bucket_name        = "acme-org-trail-logs"
  is_multi_region_trail = true
}
