resource "aws_elb" "bad_http" {
  name            = "legacy"
  subnets         = var.public_subnets
  security_groups = [aws_security_group.lb.id]

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = aws_acm_certificate.legacy.arn
  }
}

resource "aws_elb" "unknown_protocol" {
  name    = "legacy2"
  subnets = var.public_subnets

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = var.lb_protocol
  }
}

resource "aws_elb" "good" {
  name    = "legacy3"
  subnets = var.public_subnets

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = aws_acm_certificate.legacy.arn
  }
}
