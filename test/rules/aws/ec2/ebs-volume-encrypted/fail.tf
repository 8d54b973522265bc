variable "encrypt_volumes" {
  description = "Whether data volumes are encrypted"
  type        = bool
}

resource "aws_kms_key" "ebs" {
  description         = "EBS volumes"
  enable_key_rotation = true
}

# The setting is missing (defaults to false).
resource "aws_ebs_volume" "bad_missing" {
  availability_zone = "eu-west-1a"
  size              = 100
  type              = "gp3"
}

# Turned off explicitly.
resource "aws_ebs_volume" "bad_false" {
  availability_zone = "eu-west-1b"
  size              = 500
  type              = "st1"
  encrypted         = false
}

resource "aws_ebs_volume" "good_kms" {
  availability_zone = "eu-west-1a"
  size              = 100
  type              = "gp3"
  iops              = 3000
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}

resource "aws_ebs_volume" "good_default_key" {
  availability_zone = "eu-west-1c"
  size              = 20
  encrypted         = true
}

# The setting comes from a variable: cannot be verified.
resource "aws_ebs_volume" "unknown_encryption" {
  availability_zone = "eu-west-1a"
  size              = 50
  encrypted         = var.encrypt_volumes
}
