resource "aws_kms_key" "trail" {
  description         = "CloudTrail log encryption"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.trail.arn
}

# An alias of a key looked up by a data source is a key too.
data "aws_kms_alias" "trail" {
  name = "alias/cloudtrail"
}

resource "aws_cloudtrail" "secondary" {
  name                       = "secondary"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = data.aws_kms_alias.trail.target_key_arn
}
