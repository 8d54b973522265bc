# The key comes from a variable whose default is null: null means "not set", so logs are not KMS-encrypted.
variable "trail_kms_key_arn" {
  description = "KMS key for CloudTrail logs; null leaves the logs unencrypted by KMS"
  type        = string
  default     = null
}

resource "aws_s3_bucket" "trail_logs" {
  bucket = "acme-trail-logs"
}

resource "aws_cloudtrail" "bad_null_default" {
  name                       = "bad-null-default"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = var.trail_kms_key_arn
}

# Encryption switched on by a variable's default: the key is used.
variable "encrypt_trail" {
  type    = bool
  default = true
}

resource "aws_kms_key" "trail" {
  description         = "CloudTrail logs"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "good_switched_on" {
  name                       = "good-switched-on"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = var.encrypt_trail ? aws_kms_key.trail.arn : null
}
