# for_each companions join by key: the block made for "logs" points at the logs bucket only, so the
# data bucket (left out of the map) still has none.
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_public_access_block" "this" {
  for_each                = { logs = aws_s3_bucket.logs }
  bucket                  = each.value.bucket
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
