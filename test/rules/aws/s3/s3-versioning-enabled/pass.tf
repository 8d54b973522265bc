resource "aws_s3_bucket" "good" {
  bucket = "acme-good"
}

resource "aws_s3_bucket_versioning" "good" {
  bucket = aws_s3_bucket.good.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "good_inline" {
  bucket = "acme-good-inline"

  versioning {
    enabled = true
  }
}
