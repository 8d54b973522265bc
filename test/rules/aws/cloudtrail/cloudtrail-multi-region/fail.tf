variable "multi_region" {
  description = "Whether the trail records every region"
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
  enable_log_file_validation    = true
}

# The setting is false, and the trail has event selectors after its arguments.
resource "aws_cloudtrail" "bad_false" {
  name                       = "bad-false"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = false
  enable_log_file_validation = true

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

# Missing in a minimal trail: the new argument is longer than the others, which are re-aligned.
resource "aws_cloudtrail" "bad_minimal" {
  name           = "bad-minimal"
  s3_bucket_name = "acme-cloudtrail-logs"
}

resource "aws_cloudtrail" "good_organization" {
  name                          = "organization"
  s3_bucket_name                = aws_s3_bucket.trail_logs.id
  include_global_service_events = true
  is_multi_region_trail         = true
  is_organization_trail         = true
  enable_log_file_validation    = true
}

# The setting comes from a variable: cannot be verified.
resource "aws_cloudtrail" "unknown_multi_region" {
  name                  = "unknown-multi-region"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = var.multi_region
}
