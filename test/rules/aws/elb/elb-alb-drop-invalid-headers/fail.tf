resource "aws_lb" "bad_default" {
  name    = "web"
  subnets = var.public_subnets
}

resource "aws_alb" "bad_off" {
  name                       = "api"
  subnets                    = var.public_subnets
  drop_invalid_header_fields = false
}

resource "aws_lb" "unknown_drop" {
  name                       = "edge"
  subnets                    = var.public_subnets
  drop_invalid_header_fields = var.drop_headers
}

resource "aws_lb" "good_network" {
  name               = "tcp"
  load_balancer_type = "network"
  subnets            = var.public_subnets
}
