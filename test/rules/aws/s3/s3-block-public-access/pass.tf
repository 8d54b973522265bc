resource "aws_s3_bucket" "good" {
  bucket = "acme-good"
}

# Joined by the bucket's literal name rather than by reference.
resource "aws_s3_bucket_public_access_block" "good" {
  bucket = "acme-good"

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
