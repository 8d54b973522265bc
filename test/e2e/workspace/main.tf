# E2E fixture: a public bucket, a key without rotation, SSH from anywhere.
resource "aws_s3_bucket" "site" {
  bucket = "acme-public-site"
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket = aws_s3_bucket.site.id

  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_kms_key" "app" {
  description = "application key"
}

resource "aws_security_group" "ssh" {
  name = "ssh-from-anywhere"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
