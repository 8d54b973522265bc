variable "bucket_policy_json" {
  description = "Bucket policy document, rendered elsewhere"
  type        = string
}

# A policy (jsonencode) that only grants CloudFront read access.
resource "aws_s3_bucket" "bad_cloudfront_only" {
  bucket = "acme-bad-cloudfront-only"
}

resource "aws_s3_bucket_policy" "bad_cloudfront_only" {
  bucket = aws_s3_bucket.bad_cloudfront_only.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AllowCloudFrontRead"
        Effect    = "Allow"
        Principal = { Service = "cloudfront.amazonaws.com" }
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.bad_cloudfront_only.arn}/*"
      },
    ]
  })
}

# A heredoc policy whose deny covers only object reads, not every S3 action.
resource "aws_s3_bucket" "bad_heredoc_partial_deny" {
  bucket = "acme-bad-heredoc-partial-deny"
}

resource "aws_s3_bucket_policy" "bad_heredoc_partial_deny" {
  bucket = aws_s3_bucket.bad_heredoc_partial_deny.id
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyInsecureReads",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::acme-bad-heredoc-partial-deny/*",
      "Condition": {
        "Bool": {
          "aws:SecureTransport": "false"
        }
      }
    }
  ]
}
POLICY
}

# A policy document data source whose deny names one principal instead of everyone.
resource "aws_s3_bucket" "bad_data_document" {
  bucket = "acme-bad-data-document"
}

data "aws_iam_policy_document" "bad_data_document" {
  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.bad_data_document.arn,
      "${aws_s3_bucket.bad_data_document.arn}/*",
    ]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/uploader"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "bad_data_document" {
  bucket = aws_s3_bucket.bad_data_document.id
  policy = data.aws_iam_policy_document.bad_data_document.json
}

# Legacy inline policy (provider v3) whose condition denies HTTPS instead of HTTP.
resource "aws_s3_bucket" "bad_legacy_inline" {
  bucket = "acme-bad-legacy-inline"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = ["arn:aws:s3:::acme-bad-legacy-inline", "arn:aws:s3:::acme-bad-legacy-inline/*"]
        Condition = { Bool = { "aws:SecureTransport" = "true" } }
      },
    ]
  })
}

resource "aws_s3_bucket" "good_jsonencode" {
  bucket = "acme-good-jsonencode"
}

resource "aws_s3_bucket_policy" "good_jsonencode" {
  bucket = aws_s3_bucket.good_jsonencode.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource = [
          aws_s3_bucket.good_jsonencode.arn,
          "${aws_s3_bucket.good_jsonencode.arn}/*",
        ]
        Condition = {
          Bool = {
            "aws:SecureTransport" = "false"
          }
        }
      },
    ]
  })
}

resource "aws_s3_bucket" "good_data_document" {
  bucket = "acme-good-data-document"
}

data "aws_iam_policy_document" "good_data_document" {
  statement {
    sid     = "DenyOutdatedTls"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.good_data_document.arn,
      "${aws_s3_bucket.good_data_document.arn}/*",
    ]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "NumericLessThan"
      variable = "s3:TlsVersion"
      values   = ["1.2"]
    }
  }
}

resource "aws_s3_bucket_policy" "good_data_document" {
  bucket = aws_s3_bucket.good_data_document.id
  policy = data.aws_iam_policy_document.good_data_document.json
}

# The whole policy comes from a variable: cannot be verified.
resource "aws_s3_bucket" "unknown_policy" {
  bucket = "acme-unknown-policy"
}

resource "aws_s3_bucket_policy" "unknown_policy" {
  bucket = aws_s3_bucket.unknown_policy.id
  policy = var.bucket_policy_json
}
