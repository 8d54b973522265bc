# The only denial of plain HTTP is in a dynamic "statement" whose for_each is unknown: it may generate no
# statement at all, so the denial cannot be counted on ("cannot verify", not a pass).
variable "deny_insecure" {
  type = list(string)
}

resource "aws_s3_bucket" "maybe_denied" {
  bucket = "acme-maybe-denied"
}

resource "aws_s3_bucket_policy" "maybe_denied" {
  bucket = aws_s3_bucket.maybe_denied.id
  policy = data.aws_iam_policy_document.maybe_denied.json
}

data "aws_iam_policy_document" "maybe_denied" {
  dynamic "statement" {
    for_each = var.deny_insecure

    content {
      sid     = "DenyInsecureTransport"
      effect  = "Deny"
      actions = ["s3:*"]
      resources = [
        aws_s3_bucket.maybe_denied.arn,
        "${aws_s3_bucket.maybe_denied.arn}/*",
      ]

      principals {
        type        = "*"
        identifiers = ["*"]
      }

      condition {
        test     = "Bool"
        variable = "aws:SecureTransport"
        values   = ["false"]
      }
    }
  }
}
