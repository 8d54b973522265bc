resource "aws_ecr_repository" "bad_default" {
  name = "bad-default"
}

resource "aws_ecr_repository" "bad_off" {
  name = "bad-off"

  image_scanning_configuration {
    scan_on_push = false
  }
}

resource "aws_ecr_repository" "unknown_flag" {
  name = "unknown"

  image_scanning_configuration {
    scan_on_push = var.scan
  }
}

resource "aws_ecr_repository" "good" {
  name = "good"

  image_scanning_configuration {
    scan_on_push = true
  }
}
