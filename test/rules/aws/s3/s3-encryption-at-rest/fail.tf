variable "sse_algorithm" {
  type = string
}

resource "aws_kms_key" "s3" {
  description         = "Default encryption key for S3 buckets"
  enable_key_rotation = true
}

# No encryption configuration at all.
resource "aws_s3_bucket" "bad_no_encryption" {
  bucket = "acme-bad-no-encryption"

  tags = {
    Environment = "prod"
  }
}

# Split resource (provider v4+) with an algorithm S3 does not know.
resource "aws_s3_bucket" "bad_wrong_algorithm" {
  bucket = "acme-bad-wrong-algorithm"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "bad_wrong_algorithm" {
  bucket = aws_s3_bucket.bad_wrong_algorithm.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES128"
    }
  }
}

# Split resource whose rule only turns on the bucket key: no default encryption block.
resource "aws_s3_bucket" "bad_no_default" {
  bucket = "acme-bad-no-default"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "bad_no_default" {
  bucket = aws_s3_bucket.bad_no_default.bucket

  rule {
    bucket_key_enabled = true
  }
}

# The same, written as a one-line block.
resource "aws_s3_bucket" "bad_one_line" {
  bucket = "acme-bad-one-line"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "bad_one_line" {
  bucket = aws_s3_bucket.bad_one_line.id

  rule { bucket_key_enabled = true }
}

# Legacy inline style (provider v3) with the default encryption block present but no algorithm.
resource "aws_s3_bucket" "bad_legacy_inline" {
  bucket = "acme-bad-legacy-inline"
  acl    = "private"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        kms_master_key_id = aws_kms_key.s3.arn
      }
    }
  }
}

# Legacy inline style with an empty configuration block.
resource "aws_s3_bucket" "bad_legacy_empty" {
  bucket = "acme-bad-legacy-empty"

  server_side_encryption_configuration {
  }
}

resource "aws_s3_bucket" "good_kms" {
  bucket = "acme-good-kms"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "good_kms" {
  bucket = aws_s3_bucket.good_kms.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.s3.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket" "good_legacy_inline" {
  bucket = "acme-good-legacy-inline"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}

# The algorithm comes from a variable: cannot be verified.
resource "aws_s3_bucket" "unknown_algorithm" {
  bucket = "acme-unknown-algorithm"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "unknown_algorithm" {
  bucket = aws_s3_bucket.unknown_algorithm.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = var.sse_algorithm
    }
  }
}
