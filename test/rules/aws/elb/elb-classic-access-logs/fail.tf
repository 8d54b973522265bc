resource "aws_elb" "bad_none" {
  name    = "legacy"
  subnets = var.public_subnets

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = aws_acm_certificate.legacy.arn
  }
}

resource "aws_elb" "bad_disabled" {
  name    = "legacy2"
  subnets = var.public_subnets

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = aws_acm_certificate.legacy.arn
  }

  access_logs {
    bucket  = "acme-lb-logs"
    enabled = false
  }
}

resource "aws_elb" "unknown_enabled" {
  name    = "legacy3"
  subnets = var.public_subnets

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = aws_acm_certificate.legacy.arn
  }

  access_logs {
    bucket  = "acme-lb-logs"
    enabled = var.elb_logs
  }
}
