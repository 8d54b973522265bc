# The setting comes from a variable whose default is false: the trail is judged with that default.
variable "multi_region" {
  description = "Whether the trail records every region"
  type        = bool
  default     = false
}

resource "aws_s3_bucket" "trail_logs" {
  bucket = "acme-trail-logs"
}

resource "aws_cloudtrail" "bad_default" {
  name                  = "bad-default"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = var.multi_region
}

# A string "true" converts to the bool true, as Terraform converts it for a bool variable.
variable "all_regions" {
  type    = bool
  default = "true"
}

resource "aws_cloudtrail" "good_converted_default" {
  name                  = "good-converted-default"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = var.all_regions
}
