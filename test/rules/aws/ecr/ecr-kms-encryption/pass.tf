resource "aws_ecr_repository" "good" {
  name = "good"

  encryption_configuration {
    encryption_type = "KMS_DSSE"
  }
}
