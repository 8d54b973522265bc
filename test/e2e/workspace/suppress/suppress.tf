resource "aws_kms_key" "legacy" {
  description = "legacy key"
}
