# No bucket policy at all.
resource "aws_s3_bucket" "bad_no_policy" {
  bucket = "acme-bad-no-policy"
}
