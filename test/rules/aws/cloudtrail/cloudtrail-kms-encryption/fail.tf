variable "trail_kms_key_arn" {
  description = "KMS key for CloudTrail logs; null leaves the logs unencrypted by KMS"
  type        = string
}

variable "encrypt_trail" {
  description = "Whether the trail's logs are encrypted with the KMS key"
  type        = bool
}

resource "aws_s3_bucket" "trail_logs" {
  bucket = "acme-cloudtrail-logs"
}

resource "aws_kms_key" "trail" {
  description         = "CloudTrail log encryption"
  enable_key_rotation = true
}

# No KMS key: the fix adds kms_key_id and a variable for the key ARN.
resource "aws_cloudtrail" "bad_missing" {
  name                          = "bad-missing"
  s3_bucket_name                = aws_s3_bucket.trail_logs.id
  include_global_service_events = true
  is_multi_region_trail         = true
  enable_log_file_validation    = true
}

# An empty key.
resource "aws_cloudtrail" "bad_empty" {
  name                       = "bad-empty"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = ""
}

resource "aws_cloudtrail" "good_key_resource" {
  name                       = "good-key-resource"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.trail.arn
}

resource "aws_cloudtrail" "good_literal_arn" {
  name                       = "good-literal-arn"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/0f7a1b2c-3d4e-5f60-7a8b-9c0d1e2f3a4b"
}

# The key comes from a variable that may be null: cannot be verified.
resource "aws_cloudtrail" "unknown_key" {
  name                       = "unknown-key"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = var.trail_kms_key_arn
}

# Encryption switched by a variable (the usual optional-encryption pattern): cannot be verified.
resource "aws_cloudtrail" "unknown_conditional" {
  name                       = "unknown-conditional"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = var.encrypt_trail ? aws_kms_key.trail.arn : null
}
