resource "aws_lb" "bad_default" {
  name    = "web"
  subnets = var.public_subnets
}

resource "aws_lb" "bad_off" {
  name                       = "api"
  subnets                    = var.public_subnets
  enable_deletion_protection = false
}

resource "aws_lb" "unknown_flag" {
  name                       = "edge"
  subnets                    = var.public_subnets
  enable_deletion_protection = var.protect
}
