resource "aws_ecr_repository" "good" {
  name = "good"

  image_scanning_configuration {
    scan_on_push = true
  }
}
