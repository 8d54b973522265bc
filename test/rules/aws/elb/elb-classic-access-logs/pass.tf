resource "aws_elb" "good" {
  name    = "legacy"
  subnets = var.public_subnets

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = aws_acm_certificate.legacy.arn
  }

  access_logs {
    bucket = "acme-lb-logs"
  }
}
