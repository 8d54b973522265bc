variable "key_spec" {
  description = "Key spec of the signing key"
  type        = string
}

variable "enable_rotation" {
  description = "Whether the data key rotates every year"
  type        = bool
}

# Rotation is not set (defaults to false).
resource "aws_kms_key" "bad_missing" {
  description             = "Application data"
  deletion_window_in_days = 30
}

# Rotation turned off explicitly.
resource "aws_kms_key" "bad_false" {
  description             = "Backups"
  deletion_window_in_days = 30
  enable_key_rotation     = false
  is_enabled              = true
}

# A symmetric encryption key written out in full, still without rotation.
resource "aws_kms_key" "bad_explicit_symmetric" {
  description              = "Explicitly symmetric"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  key_usage                = "ENCRYPT_DECRYPT"
  multi_region             = true
}

resource "aws_kms_key" "good_rotated" {
  description             = "Rotated yearly"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_kms_key" "good_custom_period" {
  description             = "Rotated every 90 days"
  enable_key_rotation     = true
  rotation_period_in_days = 90
}

# Asymmetric and HMAC keys cannot rotate automatically: not checked.
resource "aws_kms_key" "good_signing" {
  description              = "Code signing"
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_kms_key" "good_hmac" {
  description              = "Webhook MACs"
  customer_master_key_spec = "HMAC_256"
  key_usage                = "GENERATE_VERIFY_MAC"
}

# The key spec comes from a variable: whether rotation applies cannot be verified.
resource "aws_kms_key" "unknown_spec" {
  description              = "Spec from a variable"
  customer_master_key_spec = var.key_spec
}

# Rotation comes from a variable: cannot be verified.
resource "aws_kms_key" "unknown_rotation" {
  description         = "Rotation from a variable"
  enable_key_rotation = var.enable_rotation
}
