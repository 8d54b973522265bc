variable "log_group_arn" {
  type = string
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "cloudtrail"
  retention_in_days = 365
}

resource "aws_cloudtrail" "bad_missing" {
  name                  = "bad-missing"
  s3_bucket_name        = "acme-trail-logs"
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "good" {
  name                       = "good"
  s3_bucket_name             = "acme-trail-logs"
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/cloudtrail-to-cloudwatch"
}

resource "aws_cloudtrail" "unknown_group" {
  name                       = "unknown-group"
  s3_bucket_name             = "acme-trail-logs"
  cloud_watch_logs_group_arn = var.log_group_arn
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/cloudtrail-to-cloudwatch"
}
