resource "aws_load_balancer_policy" "tls12" {
  load_balancer_name = "web"
  policy_name        = "tls12"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_lb_ssl_negotiation_policy" "tls12_only" {
  name          = "tls12-only"
  load_balancer = aws_elb.web.id
  lb_port       = 443

  attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  attribute {
    name  = "Protocol-TLSv1"
    value = "false"
  }
}
