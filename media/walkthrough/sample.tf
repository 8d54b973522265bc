# A sample for the IaC Compliance walkthrough. It is not saved anywhere until you save it.
# Hover an underlined attribute, then press Ctrl+. (Cmd+. on macOS) for its fix.

resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports-example"
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = aws_s3_bucket.reports.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_kms_key" "reports" {
  description = "Key for the reports bucket"
}
