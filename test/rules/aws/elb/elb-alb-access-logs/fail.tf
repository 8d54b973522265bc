resource "aws_lb" "bad_default" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = var.public_subnets
}

resource "aws_alb" "bad_disabled" {
  name    = "api"
  subnets = var.public_subnets

  access_logs {
    bucket  = "acme-lb-logs"
    enabled = false
  }
}

resource "aws_lb" "unknown_enabled" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = var.public_subnets

  access_logs {
    bucket  = "acme-lb-logs"
    enabled = var.lb_logs
  }
}

resource "aws_lb" "good_gateway" {
  name               = "inspection"
  load_balancer_type = "gateway"
  subnets            = var.appliance_subnets
}
