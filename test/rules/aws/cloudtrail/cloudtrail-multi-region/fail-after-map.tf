resource "aws_cloudtrail" "bad_with_tags" {
  name           = "bad-with-tags"
  s3_bucket_name = "acme-cloudtrail-logs"

  tags = {
    Team = "security"
  }
}
