resource "aws_lb" "bad_monitor" {
  name                   = "web"
  subnets                = var.public_subnets
  desync_mitigation_mode = "monitor"
}

resource "aws_lb" "unknown_mode" {
  name                   = "api"
  subnets                = var.public_subnets
  desync_mitigation_mode = var.desync_mode
}

resource "aws_lb" "good_default" {
  name    = "edge"
  subnets = var.public_subnets
}
