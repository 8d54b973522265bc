resource "aws_ecr_repository" "good" {
  name                 = "good"
  image_tag_mutability = "IMMUTABLE"
}
