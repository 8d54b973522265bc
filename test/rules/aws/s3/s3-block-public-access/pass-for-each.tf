# Companions made with for_each over a map of buckets join each instance to its bucket through
# `each.value`, as Terraform would (the map is written in a local).
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

locals {
  buckets = {
    logs   = aws_s3_bucket.logs
    "data" = aws_s3_bucket.data
  }
}

resource "aws_s3_bucket_public_access_block" "this" {
  for_each                = local.buckets
  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
