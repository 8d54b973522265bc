resource "aws_ecr_repository" "bad_default" {
  name = "bad-default"
}

resource "aws_ecr_repository" "bad_off" {
  name                 = "bad-off"
  image_tag_mutability = "MUTABLE"
}

resource "aws_ecr_repository" "unknown_flag" {
  name                 = "unknown"
  image_tag_mutability = var.mutability
}

resource "aws_ecr_repository" "good" {
  name                 = "good"
  image_tag_mutability = "IMMUTABLE"
}
