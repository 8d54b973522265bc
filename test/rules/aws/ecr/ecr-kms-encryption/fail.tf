resource "aws_ecr_repository" "bad_default" {
  name = "bad-default"
}

resource "aws_ecr_repository" "bad_off" {
  name = "bad-off"

  encryption_configuration {
    encryption_type = "AES256"
  }
}

resource "aws_ecr_repository" "unknown_flag" {
  name = "unknown"

  encryption_configuration {
    encryption_type = var.encryption_type
  }
}

resource "aws_ecr_repository" "good" {
  name = "good"

  encryption_configuration {
    encryption_type = "KMS"
  }
}
