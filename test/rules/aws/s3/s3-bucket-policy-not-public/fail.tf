variable "reader_arn" {
  type = string
}

resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

# Anyone may read every object.
resource "aws_s3_bucket_policy" "bad_public_read" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.site.arn}/*"
    }]
  })
}

# Every account's root is anyone with AWS credentials; the policy written on the bucket itself.
resource "aws_s3_bucket" "bad_any_account" {
  bucket = "acme-drop"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::*:root" }
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::acme-drop/*"
    }]
  })
}

data "aws_iam_policy_document" "open" {
  statement {
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.site.arn]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "bad_document" {
  bucket = aws_s3_bucket.site.id
  policy = data.aws_iam_policy_document.open.json
}

# The principal comes from a variable: cannot be verified.
resource "aws_s3_bucket_policy" "unknown_principal" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.reader_arn }
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.site.arn}/*"
    }]
  })
}

# Open principal, limited to the organization.
resource "aws_s3_bucket_policy" "good_org_only" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.site.arn}/*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123def4" } }
    }]
  })
}
