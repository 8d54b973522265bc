variable "log_file_validation" {
  description = "Whether CloudTrail delivers digest files"
  type        = bool
}

resource "aws_s3_bucket" "trail_logs" {
  bucket = "acme-cloudtrail-logs"
}

# The setting is missing (defaults to false).
resource "aws_cloudtrail" "bad_missing" {
  name                          = "bad-missing"
  s3_bucket_name                = aws_s3_bucket.trail_logs.id
  include_global_service_events = true
  is_multi_region_trail         = true

  event_selector {
    read_write_type           = "All"
    include_management_events = true
  }
}

# Turned off explicitly.
resource "aws_cloudtrail" "bad_false" {
  name                       = "bad-false"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = false
}

# Turned off with a string, which Terraform converts to a bool.
resource "aws_cloudtrail" "bad_string_false" {
  name                       = "bad-string-false"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  enable_log_file_validation = "false"
  is_multi_region_trail      = true
}

resource "aws_cloudtrail" "good_enabled" {
  name                       = "good-enabled"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

# The setting comes from a variable: cannot be verified.
resource "aws_cloudtrail" "unknown_validation" {
  name                       = "unknown-validation"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = var.log_file_validation
}
